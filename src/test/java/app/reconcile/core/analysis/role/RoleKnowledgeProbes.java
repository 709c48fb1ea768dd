package app.reconcile.core.analysis.role;

import app.reconcile.core.analysis.place.Bearings;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.DirectionValue;
import app.reconcile.core.analysis.value.RoleValue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the knowledge examples of titles and bearings are read: what a person is, where a place lies. */
public final class RoleKnowledgeProbes {
    private RoleKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        Map<String, Function<String, String>> out = new HashMap<>();
        // a sentence: each title read, as "ROLE of NAME"
        out.put("titles", s -> new Titles().extract(new Sentence(0, 0, 0, 0, s)).stream()
                .map(c -> ((RoleValue) c.value()).role() + " of " + c.thingWord())
                .collect(Collectors.joining("; ")));
        // a sentence: each bearing read, as "POINT from PLACE"
        out.put("bearings", s -> new Bearings().extract(new Sentence(0, 0, 0, 0, s)).stream()
                .map(c -> ((DirectionValue) c.value()).point() + " from " + c.thingWord())
                .collect(Collectors.joining("; ")));
        return out;
    }
}
