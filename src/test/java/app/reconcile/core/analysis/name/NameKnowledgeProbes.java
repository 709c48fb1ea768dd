package app.reconcile.core.analysis.name;

import app.reconcile.core.analysis.text.Sentence;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the example corpora of the name finder's knowledge files are run: a line holds two sentences of two
 * articles, "FIRST || SECOND"; the answer is the label of each spelling variant (or given-name swap) found, "" for none.
 */
public final class NameKnowledgeProbes {
    private NameKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        Function<String, String> variants = twoArticles((sentences, ids) -> new NameVariantFinder().find(sentences, ids));
        Function<String, String> givenNames = twoArticles((sentences, ids) -> new GivenNameSwaps().find(sentences, ids));
        return Map.of("institution-words", variants, "name-endings", variants, "hyphen-words", variants,
                "name-particles", variants, "nicknames", givenNames);
    }

    /** A probe that reads "FIRST || SECOND" as two articles and answers the labels the finder gives them. */
    private static Function<String, String> twoArticles(
            BiFunction<List<Sentence>, List<String>, List<NameVariantFinder.Variants>> finder) {
        return line -> {
            String[] two = line.split("\\|\\|");
            return NameFinderRun.find(finder, two[0].strip(), two[1].strip()).stream()
                    .map(NameVariantFinder.Variants::label).collect(Collectors.joining("; "));
        };
    }
}
