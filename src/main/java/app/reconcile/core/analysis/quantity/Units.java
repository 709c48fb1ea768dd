package app.reconcile.core.analysis.quantity;

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

    private static final Unit METRE = new Unit("m", "m", 1, 0, "metres");

    /** Runs of spaces and dots in a written form: "sq. km" is "sq km". */
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s.]+");

    /** Written forms (lower case, spaces where spaces may stand) to units. */
    private static final Map<String, Unit> FORMS = new LinkedHashMap<>();

    static {
        length("km", 1000, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        length("m", 1, "metre", "metres", "meter", "meters");
        length("cm", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        length("mm", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        length("mi", 1609.344, "mile", "miles");
        length("nmi", 1852, "nautical mile", "nautical miles");
        length("ft", 0.3048, "ft", "foot", "feet");
        length("in", 0.0254, "inch", "inches");
        length("yd", 0.9144, "yard", "yards");
        add("ha", "ha", 1, "hectares", "ha", "hectare", "hectares");
        add("acre", "ha", 0.40468564224, "hectares", "acre", "acres");
        add("km2", "ha", 100, "hectares", "km2", "km²", "sq km", "sq. km", "square kilometre", "square kilometres",
                "square kilometer", "square kilometers");
        add("sq mi", "ha", 258.9988110336, "hectares", "sq mi", "square mile", "square miles");
        add("m2", "ha", 0.0001, "hectares", "m2", "m²", "sq m", "square metre", "square metres", "square meter",
                "square meters");
        add("sq ft", "ha", 0.000009290304, "hectares", "sq ft", "square foot", "square feet");
        add("t", "t", 1, "tonnes", "t", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons");
        add("kg", "t", 0.001, "tonnes", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo",
                "kilos");
        add("g", "t", 0.000001, "tonnes", "gram", "grams", "gramme", "grammes");
        add("lb", "t", 0.00045359237, "tonnes", "lb", "lbs");
        add("l", "l", 1, "litres", "l", "litre", "litres", "liter", "liters");
        add("ml", "l", 0.001, "litres", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        add("m3", "l", 1000, "litres", "m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        add("bbl", "l", 158.987294928, "litres", "bbl", "barrel", "barrels");
        add("gal", "l", 3.785411784, "litres", "gallon", "gallons");
        add("km/h", "km/h", 1, "km/h", "km/h", "kph", "kmh", "km per hour", "km an hour", "kilometres per hour",
                "kilometres an hour", "kilometers per hour", "kilometers an hour");
        add("mph", "km/h", 1.609344, "km/h", "mph", "miles per hour", "miles an hour");
        add("kn", "km/h", 1.852, "km/h", "knot", "knots");
        add("m/s", "km/h", 3.6, "km/h", "m/s", "metres per second", "meters per second");
        add("°C", "°C", 1, "degrees", "°c", "° c", "c", "degree celsius", "degrees celsius", "degrees centigrade",
                "celsius", "centigrade", "degrees c");
        add("°F", "°C", 5.0 / 9, -160.0 / 9, "degrees", "°f", "° f", "f", "degree fahrenheit", "degrees fahrenheit",
                "fahrenheit", "degrees f");
        add("°", "°", 1, "degrees", "°", "degree", "degrees");
    }

    /** Forms of one letter: only straight after digits ("5t", "44C"), never a word on its own. */
    private static final List<String> ONE_LETTER = List.of("t", "l", "c", "f");

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

    private static void length(String symbol, double metres, String... forms) {
        add(symbol, "m", metres, "metres", forms);
    }

    private static void add(String symbol, String dimension, double factor, String word, String... forms) {
        add(symbol, dimension, factor, 0, word, forms);
    }

    private static void add(String symbol, String dimension, double factor, double offset, String word,
                            String... forms) {
        Unit unit = new Unit(symbol, dimension, factor, offset, word);
        for (String form : forms) {
            FORMS.put(key(form), unit);
        }
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
