package app.reconcile.core.analysis.evidence;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why two mentions were (or were not) linked: each signal with its value and the weight it carries, and
 * the resulting score. The same record feeds {@code analyze --explain} and the fact panel.
 *
 * @param score the weighted sum of the terms
 * @param terms the signals, in a fixed order
 */
public record Evidence(double score, List<Term> terms) {
    public Evidence {
        terms = List.copyOf(terms);
    }

    /**
     * One signal: its id, its value in [-1, 1], the weight it carries and a few words for people.
     */
    public record Term(String signal, double value, double weight, String detail) {
        public double contribution() {
            return value * weight;
        }
    }

    /**
     * One line for people, each signal with what it added to the score: "same counted thing: boat +0.25;
     * clause similarity 0.62 (attack, pirate) +0.37".
     */
    public String summary() {
        return terms.stream().filter(t -> t.value() != 0)
                .map(t -> String.format(Locale.ROOT, "%s %+.2f", t.detail(), t.contribution()))
                .collect(Collectors.joining("; "));
    }

    /** Every term with its weight, for {@code --explain}. */
    public String detailed() {
        return String.format(Locale.ROOT, "score %.2f = ", score) + terms.stream()
                .map(t -> String.format(Locale.ROOT, "%s %.2f x %.2f (%s)", t.signal(), t.value(), t.weight(),
                        t.detail()))
                .collect(Collectors.joining(" + "));
    }
}
