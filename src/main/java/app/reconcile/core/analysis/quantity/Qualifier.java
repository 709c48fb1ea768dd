package app.reconcile.core.analysis.quantity;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a stated value is hedged; decides the interval of values it allows. */
public enum Qualifier {
    EXACT(""), APPROXIMATE("~"), MORE_THAN(">"), AT_LEAST(">="), AT_MOST("<="), LESS_THAN("<");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The qualifier a hedge phrase expresses ("more than" -> MORE_THAN); EXACT for anything else. */
    public static Qualifier of(String phrase) {
        if (phrase == null) {
            return EXACT;
        }
        return switch (SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()) {
            case "roughly", "about", "around", "approximately", "nearly", "almost", "some", "an estimated",
                 "estimated", "approx." -> APPROXIMATE;
            case "more than", "over", "upwards of", "in excess of" -> MORE_THAN;
            case "at least", "no fewer than", "no less than" -> AT_LEAST;
            case "up to", "at most", "no more than" -> AT_MOST;
            case "less than", "fewer than", "under", "below" -> LESS_THAN;
            default -> EXACT;
        };
    }

    /** Lowest value allowed by "qualifier v". */
    double low(double v) {
        return switch (this) {
            case EXACT, AT_LEAST -> v;
            case MORE_THAN -> v + Math.ulp(v);
            case APPROXIMATE -> v * 0.85;
            case AT_MOST, LESS_THAN -> Double.NEGATIVE_INFINITY;
        };
    }

    /** Highest value allowed by "qualifier v". */
    double high(double v) {
        return switch (this) {
            case EXACT, AT_MOST -> v;
            case LESS_THAN -> v - Math.ulp(v);
            case APPROXIMATE -> v * 1.15;
            case MORE_THAN, AT_LEAST -> Double.POSITIVE_INFINITY;
        };
    }
}
