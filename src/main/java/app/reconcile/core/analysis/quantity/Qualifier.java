package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** How a stated value is hedged; decides the interval of values it allows. */
public enum Qualifier {
    EXACT(""), APPROXIMATE("~"), MORE_THAN(">"), AT_LEAST(">="), AT_MOST("<="), LESS_THAN("<"),
    /** "nearly 80", "almost 80": a little under the figure, never over it; the figure itself is a rounding. */
    ALMOST("<~");

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
        return Hedges.BY_PHRASE.getOrDefault(SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(),
                EXACT);
    }

    /**
     * The hedges a pattern reads before a figure ({@code knowledge/hedges.tsv}), as a regex alternation: {@code
     * count} for the quantity pattern, {@code share} for fractions.
     */
    static String alternation(String read) {
        return Alternation.of(Hedges.TABLE.column("phrase", e -> e.tagged("read", read)));
    }

    /** The hedges of {@code knowledge/hedges.tsv}, read once the enum's constants exist. */
    private static final class Hedges {
        static final KnowledgeTable TABLE = KnowledgeTable.load("hedges", "phrase qualifier read", "phrase");
        static final Map<String, Qualifier> BY_PHRASE = byPhrase();

        private static Map<String, Qualifier> byPhrase() {
            Map<String, Qualifier> out = new HashMap<>();
            for (KnowledgeTable.Entry e : TABLE.entries()) {
                out.put(e.get("phrase").toLowerCase(Locale.ROOT), Qualifier.valueOf(e.get("qualifier")));
            }
            return Map.copyOf(out);
        }
    }

    /**
     * How far "about v" may be from v: what rounding to the figure's stated precision allows ("about 4,300" is
     * 4,300 to the hundred, so 3,400 is another figure, not a rounding of it), at least 5 % and at most 15 % of
     * it ("about 6%" is 5.1 to 6.9; "about 300" is 255 to 345).
     */
    private static double leeway(double v) {
        double magnitude = Math.abs(v);
        if (magnitude == 0 || Double.isInfinite(magnitude) || Double.isNaN(magnitude)) {
            return 0;
        }
        double precision = Math.pow(10, -java.math.BigDecimal.valueOf(magnitude).stripTrailingZeros().scale());
        return Math.min(MAX_LEEWAY * magnitude, Math.max(precision, MIN_LEEWAY * magnitude));
    }

    private static final double MIN_LEEWAY = 0.05;
    private static final double MAX_LEEWAY = 0.15;

    /** Lowest value allowed by "qualifier v". */
    double low(double v) {
        return switch (this) {
            case EXACT, AT_LEAST -> v;
            case MORE_THAN -> v + Math.ulp(v);
            case APPROXIMATE, ALMOST -> v - leeway(v);
            case AT_MOST, LESS_THAN -> Double.NEGATIVE_INFINITY;
        };
    }

    /** Highest value allowed by "qualifier v". */
    double high(double v) {
        return switch (this) {
            case EXACT, AT_MOST, ALMOST -> v;
            case LESS_THAN -> v - Math.ulp(v);
            case APPROXIMATE -> v + leeway(v);
            case MORE_THAN, AT_LEAST -> Double.POSITIVE_INFINITY;
        };
    }
}
