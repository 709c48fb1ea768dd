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
 * @param unit      the unit a measurement was stated in ("km", "acre"; amounts are in the dimension's base
 *                  unit), "" for anything else
 * @param looseLow  the lowest value a figure converted from another unit may stand for: {@code low}, or lower
 *                  by what rounding the stated figure to its precision allows ("20,000 acres" is a rounding
 *                  of anything from 19,000 to 21,000 acres)
 * @param looseHigh the highest such value
 */
public record QuantityValue(String dimension, double amount, double amountHigh, double low, double high,
                            boolean ordinal, String canonical, String unit, double looseLow, double looseHigh)
        implements FactValue {

    /** A value stated in no unit, or in the base unit of its dimension only ("12", "USD 200000000", "~3 h"). */
    public QuantityValue(String dimension, double amount, double amountHigh, double low, double high,
                         boolean ordinal, String canonical) {
        this(dimension, amount, amountHigh, low, high, ordinal, canonical, "", low, high);
    }

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
        if (!unit.equals(o.unit)) {
            // one figure is (or may be) a conversion of the other, rounded: "10,100 hectares (25,000 acres)"
            return looseLow <= o.looseHigh && o.looseLow <= looseHigh ? Relation.COMPATIBLE : Relation.CONFLICT;
        }
        if (openAbove() && o.openAbove() && amount != o.amount) {
            return Relation.CONFLICT; // "at least 32" / "at least 34": two tolls, not one open interval
        }
        if (openBelow() && o.openBelow() && amount != o.amount) {
            return Relation.CONFLICT; // "up to 80 percent" / "up to 70 per cent": two maxima, not one open interval
        }
        if (statedRange() && o.statedRange()) {
            return Relation.CONFLICT; // "between $1.50 and $1.60" / "$1.55 to $1.65": two forecasts, not one
        }
        if (approximate() && o.approximate()) {
            // "about 800" / "approximately 1,000": two round figures, each outside what rounding the other allows
            return o.amount >= low && o.amount <= high && amount >= o.low && amount <= o.high
                    ? Relation.COMPATIBLE : Relation.CONFLICT;
        }
        boolean overlap = low <= o.high && o.low <= high;
        return overlap ? Relation.COMPATIBLE : Relation.CONFLICT;
    }

    /**
     * A single figure hedged on both sides ("about 800", "approximately 1,000"). Two of them are two reporters'
     * roundings: they agree when each figure is a rounding of the other, not merely when their leeways overlap
     * (800 +/- 15 % and 1,000 +/- 15 % meet at 900, yet "about 800" and "about 1,000" are two figures).
     */
    private boolean approximate() {
        return amount == amountHigh && low < amount && amount < high && Double.isFinite(low) && Double.isFinite(high);
    }

    /**
     * A lower bound ("at least 32", "more than 160"). Reporters give the figure they have with such a hedge,
     * so two lower bounds with different figures are two differing reports of one count, not overlapping
     * intervals.
     */
    private boolean openAbove() {
        return high == Double.POSITIVE_INFINITY && amount == amountHigh;
    }

    /** An upper bound ("up to 80 percent", "less than 10"): two with different figures differ, as lower bounds do. */
    private boolean openBelow() {
        return low == Double.NEGATIVE_INFINITY && amount == amountHigh;
    }

    /**
     * A range stated without a hedge ("between $1.50 and $1.60", "24 to 36 hours"). Its ends are the figures
     * reported, so two such ranges with other ends (the canonical strings differ) are two differing reports,
     * even where they overlap.
     */
    private boolean statedRange() {
        return amount < amountHigh && low == amount && high == amountHigh;
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

    /**
     * "12", "1.4", "200000000": plain decimal without exponent or trailing zeros. The extractors skip figures
     * too large for a double, but this stays total: "Infinity" in a value is a visible bug, an exception here
     * used to end the whole analysis.
     */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
