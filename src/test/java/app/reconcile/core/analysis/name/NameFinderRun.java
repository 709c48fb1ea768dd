package app.reconcile.core.analysis.name;

import app.reconcile.core.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Runs a name finder on short texts, one article each ("a1", "a2", ...), each text one sentence. */
final class NameFinderRun {
    private NameFinderRun() {
    }

    static List<NameVariantFinder.Variants> find(
            BiFunction<List<Sentence>, List<String>, List<NameVariantFinder.Variants>> finder, String... articles) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < articles.length; a++) {
            sentences.add(new Sentence(a, 0, 0, 0, articles[a]));
            ids.add("a" + (a + 1));
        }
        return finder.apply(sentences, ids);
    }
}
