package app.reconcile.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact stated by several articles, with each article's mention of it.
 *
 * @param id         stable identifier inside a project ("f1", ...)
 * @param kind       what sort of value it is
 * @param label      a few words saying what the fact is ("children among the injured")
 * @param verdict    how the mentions' values relate
 * @param mentions   at least one mention per stating article, ordered by article then offset
 * @param resolution the editor's decision, or null while undecided
 * @param detail     optional explanation, e.g. the word-level difference of two quotes; may be empty
 */
public record Fact(String id, FactKind kind, String label, Verdict verdict, List<Mention> mentions,
                   Resolution resolution, String detail) {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        mentions = List.copyOf(mentions);
        label = label == null ? "" : label;
        detail = detail == null ? "" : detail;
    }

    public Fact(String id, FactKind kind, String label, Verdict verdict, List<Mention> mentions) {
        this(id, kind, label, verdict, mentions, null, "");
    }

    public Fact withResolution(Resolution newResolution) {
        return new Fact(id, kind, label, verdict, mentions, newResolution, detail);
    }

    public Fact withMentions(List<Mention> newMentions, Verdict newVerdict) {
        return new Fact(id, kind, label, newVerdict, newMentions, resolution, detail);
    }

    public Fact withId(String newId) {
        return new Fact(newId, kind, label, verdict, mentions, resolution, detail);
    }

    public ResolutionStatus status() {
        return resolution == null ? ResolutionStatus.UNRESOLVED : resolution.status();
    }

    public boolean isConflict() {
        return verdict == Verdict.CONFLICT;
    }

    /** A conflict nobody has decided yet: what Alt+Down walks through. */
    public boolean needsDecision() {
        return isConflict() && status() == ResolutionStatus.UNRESOLVED;
    }

    /**
     * Distinct values, most widely stated first (ties keep first-appearance order), so that
     * "press 1" always means the majority reading.
     */
    public List<Variant> variants() {
        Map<String, List<Mention>> byValue = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byValue.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
        }
        List<Variant> out = new ArrayList<>();
        byValue.forEach((value, ms) -> out.add(new Variant(value, ms.get(0).text(), ms)));
        out.sort(Comparator.comparingInt((Variant v) -> v.articleIds().size()).reversed());
        return out;
    }

    /** The value stated by strictly more articles than any other, if there is one. */
    public Optional<Variant> majorityVariant() {
        List<Variant> vs = variants();
        if (vs.isEmpty()) {
            return Optional.empty();
        }
        if (vs.size() > 1 && vs.get(0).articleIds().size() == vs.get(1).articleIds().size()) {
            return Optional.empty();
        }
        return Optional.of(vs.get(0));
    }

    /** Distinct article ids that state this fact. */
    public List<String> articleIds() {
        return mentions.stream().map(Mention::articleId).distinct().toList();
    }
}
