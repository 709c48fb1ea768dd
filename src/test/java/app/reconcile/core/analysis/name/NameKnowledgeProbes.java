package app.reconcile.core.analysis.name;

import app.reconcile.core.analysis.text.Sentence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the example corpora of the name finder's knowledge files are run: a line holds two sentences of two
 * articles, "FIRST || SECOND"; the answer is the label of each spelling variant found, "" for none.
 */
public final class NameKnowledgeProbes {
    private NameKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        Function<String, String> variants = line -> {
            String[] two = line.split("\\|\\|");
            List<Sentence> sentences = List.of(new Sentence(0, 0, 0, 0, two[0].strip()),
                    new Sentence(1, 0, 0, 0, two[1].strip()));
            return new NameVariantFinder().find(sentences, List.of("a1", "a2")).stream()
                    .map(NameVariantFinder.Variants::label).collect(Collectors.joining("; "));
        };
        return Map.of("institution-words", variants, "name-endings", variants, "hyphen-words", variants,
                "name-particles", variants);
    }
}
