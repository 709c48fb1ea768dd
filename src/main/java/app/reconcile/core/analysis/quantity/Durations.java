package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Durations ("three years", "a 36-hour stand-off"): the units of time of {@code knowledge/time-units.tsv}, each with
 * its dimension, factor to the dimension's base and symbol, and the reading of a figure in one of them.
 */
final class Durations {
    private static final Map<String, KnowledgeTable.Entry> UNITS = units();
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\-]");

    private Durations() {
    }

    /** The units as a regex alternation, for the quantity pattern. */
    static String alternation() {
        return Alternation.of(UNITS.keySet());
    }

    /** "36 hours" written {@code unitText}, with the interval and hedge of its figure. */
    static QuantityExtractor.QuantityReading reading(String unitText, double amount, double high, Qualifier q) {
        String u = SPACES_AND_HYPHENS.matcher(unitText).replaceAll("").toLowerCase(Locale.ROOT);
        u = u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
        KnowledgeTable.Entry unit = UNITS.get(u);
        double factor = Double.parseDouble(unit.get("factor"));
        return new QuantityExtractor.QuantityReading(FactKind.DURATION, unit.get("dimension"), amount * factor, high * factor, q, false,
                unit.get("symbol"));
    }

    private static Map<String, KnowledgeTable.Entry> units() {
        Map<String, KnowledgeTable.Entry> out = new LinkedHashMap<>();
        KnowledgeTable.load("time-units", "unit dimension factor symbol", "unit").entries()
                .forEach(e -> out.put(e.get("unit"), e));
        return Collections.unmodifiableMap(out);
    }
}
