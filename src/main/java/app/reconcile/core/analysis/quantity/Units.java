package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Units of measurement as news writes them after a number ("1.2 km", "1,200 metres", "20,000 acres",
 * "150 km per hour", "44 degrees Celsius", "a 300-metre tower"), each read to one base unit per dimension so
 * that a figure converted by one outlet meets the original of another: length in metres, area in hectares,
 * mass in tonnes, volume in litres, speed in km/h, temperature in degrees Celsius ("degrees" alone is a
 * dimension of its own: the scale is unknown).
 *
 * <p>A unit of one letter ("5t", "20l", "44C") is read only straight after digits; "m" after digits is the
 * scale "million" unless {@link MillionOrMetres} says metres; "pounds" stays a currency.
 */
public final class Units {
    /**
     * A unit of a dimension.
     *
     * @param symbol    what the stated unit is written as in canonical values and compared by ("km", "acre")
     * @param dimension the base unit of its dimension ("m", "ha", "t", "l", "km/h", "°C", "°")
     * @param factor    base units per stated unit
     * @param offset    base units added after scaling (temperatures: °C = °F × 5/9 − 160/9)
     * @param word      what a measurement of this dimension counts, for alignment and labels ("metres")
     */
    public record Unit(String symbol, String dimension, double factor, double offset, String word) {
        /** {@code amount} stated in this unit, in the dimension's base unit. */
        public double toBase(double amount) {
            if (Double.isInfinite(amount)) {
                return amount;
            }
            return factor * amount + offset;
        }
    }

    /** The base unit of speeds. */
    static final String SPEED = "km/h";

    /** Runs of spaces and dots in a written form: "sq. km" is "sq km". */
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s.]+");

    /** The units ({@code knowledge/units.tsv}), by symbol. */
    private static final Map<String, Unit> UNITS = units();
    private static final Unit METRE = UNITS.get("m");

    /** Written forms (lower case, spaces where spaces may stand) to units ({@code knowledge/unit-spellings.tsv}). */
    private static final Map<String, Unit> FORMS = forms();

    /** Forms of one letter: only straight after digits ("5t", "44C"), never a word on its own. */
    private static final List<String> ONE_LETTER = FORMS.keySet().stream()
            .filter(f -> f.length() == 1 && Character.isLetter(f.charAt(0))).toList();

    /**
     * The unit right after a number, without its lead: a space, or a hyphen of an adjective ("a 300-metre
     * tower"); forms of one letter straight after a digit only, "C" and "F" in capitals. Longest forms first, so
     * that "km per hour" is a speed, not "km".
     */
    static final String PATTERN = buildPattern();

    private Units() {
    }

    /** The unit written as {@code written} (as matched by {@link #PATTERN}, lead included), if it is one. */
    public static Optional<Unit> of(String written) {
        return Optional.ofNullable(FORMS.get(key(written)));
    }

    /** Metres: "1,200m" read as a length rather than 1,200 million. */
    public static Unit metre() {
        return METRE;
    }

    /** A length followed by its conversion and "per hour" ("150 kilometres (93 miles) per hour") is a speed. */
    static Unit perHour(Unit unit, String rest) {
        if (!unit.dimension().equals("m") || rest.isEmpty() || rest.indexOf(')') < 0 && rest.indexOf(" hour") < 0) {
            return unit;
        }
        return PER_HOUR.matcher(rest).lookingAt()
                ? new Unit(unit.symbol() + "/h", SPEED, unit.factor() / 1000, 0, SPEED) : unit;
    }

    private static final Pattern PER_HOUR = Pattern.compile(
            "\\s*(?:\\([^()]{0,30}\\)\\s*)?\\)?\\s*(?:per|an|a)\\s+hour\\b", Pattern.CASE_INSENSITIVE);

    private static String key(String written) {
        String lower = written.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("-")) {
            lower = lower.substring(1).strip();
        }
        return SPACES_AND_DOTS.matcher(lower).replaceAll(" ").replace("° ", "°");
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> out = new LinkedHashMap<>();
        for (KnowledgeTable.Entry e : KnowledgeTable.load("units", "symbol dimension factor offset word", "symbol")
                .entries()) {
            out.put(e.get("symbol"), new Unit(e.get("symbol"), e.get("dimension"), number(e.get("factor")),
                    number(e.get("offset")), e.get("word")));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, Unit> forms() {
        KnowledgeTable spellings = KnowledgeTable.load("unit-spellings", "spelling unit", "spelling");
        Map<String, Unit> out = new LinkedHashMap<>();
        for (KnowledgeTable.Entry e : spellings.entries()) {
            Unit unit = UNITS.get(e.get("unit"));
            if (unit == null) {
                throw new IllegalStateException(spellings.name() + ": " + e.id() + " spells no unit of units.tsv");
            }
            if (out.put(key(e.get("spelling")), unit) != null) {
                throw new IllegalStateException(spellings.name() + ": " + e.id() + " is written as another spelling is");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A number of the file, or a fraction of two ("5/9"). */
    private static double number(String written) {
        int slash = written.indexOf('/');
        return slash < 0 ? Double.parseDouble(written)
                : Double.parseDouble(written.substring(0, slash)) / Double.parseDouble(written.substring(slash + 1));
    }

    private static String buildPattern() {
        List<String> words = new ArrayList<>();
        for (String form : FORMS.keySet()) {
            if (!ONE_LETTER.contains(form)) {
                words.add(form);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String w : words) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            // "sq km" / "sq. km", "°C" / "° C"
            alternatives.append(Pattern.quote(w).replace(" ", "\\E\\.?\\s*\\Q").replace("°", "°\\E\\s*\\Q")
                    .replace("\\Q\\E", ""));
        }
        String end = "(?![\\p{L}\\p{N}])";
        return "(?:(?:\\s?|-)(?:" + alternatives + ")" + end
                + "|(?<=\\d)(?:(?-i:[CF])|[tl])" + end + ")";
    }
}
