package app.reconcile.core.analysis.value;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A record or a score told as hyphenated counts: a fighter's "52-3", a team's "18-30", a vote's "9-3", a
 * boxer's "14-13-2". Two records of as many parts are the same or in conflict; nothing else compares.
 */
public record RecordValue(int[] parts) implements FactValue {
    public RecordValue {
        parts = parts.clone();
    }

    @Override
    public String canonical() {
        return Arrays.stream(parts).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    }

    @Override
    public Relation relate(FactValue other) {
        if (!(other instanceof RecordValue o) || o.parts.length != parts.length) {
            return Relation.INCOMPARABLE;
        }
        return Arrays.equals(parts, o.parts) ? Relation.SAME : Relation.CONFLICT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordValue r && Arrays.equals(parts, r.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
