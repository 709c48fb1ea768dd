package app.reconcile.core.analysis.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how strongly two values of different articles state the same fact, from what surrounds them and
 * never from the values themselves: an equal value is no evidence of the same fact ("two" of anything is
 * common), and a differing one no evidence against it. The score is symmetric.
 *
 * <p>Signals and weights (docs/analysis.md, "Evidence"):
 * <ul>
 *   <li>{@code clause}: cosine of the two clauses' content lemmas weighted by rarity in the event (TF-IDF),
 *       the value itself left out;</li>
 *   <li>{@code thing}: the same counted thing (+1) or two different ones (-1);</li>
 *   <li>{@code verb}: the same governing verb;</li>
 *   <li>{@code names}: the share of proper nouns the two sentences have in common.</li>
 * </ul>
 */
final class LinkScorer {
    static final double CLAUSE = 0.6;
    static final double THING = 0.25;
    static final double VERB = 0.1;
    static final double NAMES = 0.15;

    Evidence score(Reading a, Reading b) {
        List<Evidence.Term> terms = new ArrayList<>(4);
        double clause = a.clause().dot(b.clause());
        List<String> shared = a.clause().shared(b.clause());
        terms.add(new Evidence.Term("clause", clause, CLAUSE, String.format(Locale.ROOT,
                "clause similarity %.2f%s", clause, shared.isEmpty() ? "" : " (" + String.join(", ",
                        shared.subList(0, Math.min(5, shared.size()))) + ")")));
        terms.add(thing(a, b));
        boolean sameVerb = !a.verb().isEmpty() && a.verb().equals(b.verb());
        terms.add(new Evidence.Term("verb", sameVerb ? 1 : 0, VERB, sameVerb ? "same verb: " + a.verb() : ""));
        double names = jaccard(a.names(), b.names());
        terms.add(new Evidence.Term("names", names, NAMES, names == 0 ? "" : String.format(Locale.ROOT,
                "shared names %.2f", names)));
        double score = terms.stream().mapToDouble(Evidence.Term::contribution).sum();
        return new Evidence(score, terms);
    }

    private static Evidence.Term thing(Reading a, Reading b) {
        String legacyA = a.candidate().thing();
        String legacyB = b.candidate().thing();
        boolean sameLemma = !a.thing().isEmpty() && a.thing().equals(b.thing());
        boolean sameStem = !legacyA.isEmpty() && legacyA.equals(legacyB);
        if (sameLemma || sameStem) {
            return new Evidence.Term("thing", 1, THING, "same counted thing: " + (sameLemma ? a.thing() : legacyA));
        }
        if (!a.thing().isEmpty() && !b.thing().isEmpty()) {
            return new Evidence.Term("thing", -1, THING, "different things counted: " + a.thing() + " / "
                    + b.thing());
        }
        return new Evidence.Term("thing", 0, THING, "");
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
