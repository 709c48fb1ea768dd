package app.reconcile.core.analysis;

import app.reconcile.core.analysis.align.ContextModel;
import app.reconcile.core.analysis.knowledge.Examples.Marked;
import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.quantity.QuantityExtractor;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the example corpus of frame-labels.tsv is run: the label of a fact told twice by one sentence, its value
 * read by the quantity extractor with the event frames around it.
 */
public final class FactLabelerKnowledgeProbes {
    private FactLabelerKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        LightStemmer stemmer = new LightStemmer();
        QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), stemmer);
        EventFrames frames = new EventFrames(stemmer);
        // a sentence with a [value]: the head of its label when it says what happened ("people killed"), else ""
        return Map.of("frame-labels", input -> {
            Marked m = Marked.of(input);
            Sentence s = new Sentence(0, 0, 0, 0, m.text());
            Candidate found = quantities.extract(s, List.of()).stream()
                    .filter(v -> v.start() <= m.from() && v.end() >= m.to()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no value at [" + m.value() + "]"));
            // the event frames around the value are keys of the fact, as the analysis adds them
            List<String> keys = new ArrayList<>(found.keys());
            keys.addAll(frames.around(m.text(), found.start(), found.end(), false));
            Candidate c = new Candidate(s, found.start(), found.end(), found.text(), found.kind(), found.value(),
                    found.thing(), keys, found.thingWord());
            String head = new FactLabeler(new ContextModel(stemmer, List.of(s)), stemmer).label(List.of(c, c))
                    .split(" · ")[0];
            return head.contains(" ") ? head : "";
        });
    }
}
