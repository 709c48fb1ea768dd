package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.QuantityValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A measurement followed by its conversion in parentheses ("more than 600 mm (23.6 inches) of rain", "about
 * 460km (285 miles) south of Cairo") states one figure, not two: the conversion is the outlet's own arithmetic,
 * rounded, and read as a value of its own it would stand in for the original in a fact (and, rounded, even
 * contradict another report's figure that the original agrees with).
 */
final class Conversions {
    private static final int MAX_CONVERSION = 40;

    private Conversions() {
    }

    /** {@code found} (in reading order) without the conversions in parentheses of the measurements before them. */
    static List<Candidate> withoutRestatements(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        Candidate previous = null;
        for (Candidate c : found) {
            if (previous == null || !isConversionOf(c, previous)) {
                out.add(c);
            }
            previous = c;
        }
        return out;
    }

    /** The text after a measurement without the conversion in parentheses right after it. */
    static String afterConversion(String rest) {
        int i = 0;
        while (i < rest.length() && rest.charAt(i) == ' ') {
            i++;
        }
        if (i == rest.length() || rest.charAt(i) != '(') {
            return rest;
        }
        int close = rest.indexOf(')', i);
        return close < 0 || close - i > MAX_CONVERSION ? rest : rest.substring(close + 1);
    }

    private static boolean isConversionOf(Candidate c, Candidate previous) {
        if (!(c.value() instanceof QuantityValue q) || !(previous.value() instanceof QuantityValue p)
                || q.unit().isEmpty() || p.unit().isEmpty() || !q.dimension().equals(p.dimension())
                || c.sentence() != previous.sentence() || c.start() < previous.end()) {
            return false;
        }
        String between = c.sentence().text().substring(previous.end() - c.sentence().start(),
                c.start() - c.sentence().start());
        return between.strip().equals("(");
    }
}
