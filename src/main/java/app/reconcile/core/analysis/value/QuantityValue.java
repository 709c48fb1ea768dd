package app.reconcile.core.analysis.value;

import java.math.BigDecimal;

/**
 * A number with its hedge: "more than 4%" is the interval (4, inf) in dimension "%".
 *
 * @param dimension what is measured ("" for counts, "%", "USD", "s" for short durations, "mo" for months/years)
 * @param amount    the stated amount in the dimension's base unit (for a range, its low end)
 * @param amountHigh the high end of a range, equal to {@code amount} otherwise
 * @param low       the lowest value the statement allows
 * @param high      the highest value the statement allows
 * @param ordinal   "fifth" rather than "five": counts the current item, so it is only compatible with counts
 * @param canonical the value string
 */
public record QuantityValue(String dimension, double amount, double amountHigh, double low, double high,
                            boolean ordinal, String canonical) implements FactValue {

    @Override
    public Relation relate(FactValue other) {
        if (!(other instanceof QuantityValue o) || !dimension.equals(o.dimension)) {
            return Relation.INCOMPARABLE;
        }
        if (canonical.equals(o.canonical)) {
            return Relation.SAME;
        }
        if (ordinal != o.ordinal) {
            return Relation.COMPATIBLE;
        }
        if (openAbove() && o.openAbove() && amount != o.amount) {
            return Relation.CONFLICT; // "at least 32" / "at least 34": two tolls, not one open interval
        }
        boolean overlap = low <= o.high && o.low <= high;
        return overlap ? Relation.COMPATIBLE : Relation.CONFLICT;
    }

    /**
     * A lower bound ("at least 32", "more than 160"). Reporters give the figure they have with such a hedge,
     * so two lower bounds with different figures are two differing reports of one count, not overlapping
     * intervals.
     */
    private boolean openAbove() {
        return high == Double.POSITIVE_INFINITY && amount == amountHigh;
    }

    /**
     * The same amount apart from hedging ("roughly three-hour" / "three-hour"), or an ordinal that continues
     * a count ("fifth visit" / "four previous visits"): such values are the same fact when they count the
     * same thing, even in quite differently worded sentences.
     */
    public boolean sameMagnitude(QuantityValue o) {
        if (!dimension.equals(o.dimension)) {
            return false;
        }
        if (ordinal != o.ordinal) {
            return Math.abs(amount - o.amount) <= 1;
        }
        return amount == o.amount && amountHigh == o.amountHigh;
    }

    /** "12", "1.4", "200000000": plain decimal without exponent or trailing zeros. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
