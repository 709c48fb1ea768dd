package app.reconcile.core.analysis.quantity;

import com.ibm.icu.text.RuleBasedNumberFormat;

import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Spelled-out English numbers ("twelve", "Four", "twenty-five", "one hundred and five", "fifth") parsed with
 * ICU's rule-based spell-out format. ICU's lenient parse is slow (milliseconds), so phrases are first checked
 * against the number-word vocabulary and results are cached. What ICU does not read is hand-rolled here:
 * "a dozen" and "X-and-a-half".
 */
public final class NumberWords {
    static final String UNIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety|hundred|thousand|million|billion|trillion";
    static final String ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            + "twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            + "thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth";
    private static final Pattern VOCABULARY = Pattern.compile(
            "(?:(?:" + UNIT_WORDS + "|" + ORDINAL_WORDS + "|and|first)(?:[\\s\\-]+|$))+");
    private static final Pattern HALF = Pattern.compile("(.+?)[\\s\\-]+and[\\s\\-]+a[\\s\\-]+half");

    private static final Pattern TENS_UNITS = Pattern.compile(
            "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+(one|two|three|four|five|six|seven|eight|nine)\\b");
    private static final int CACHE_LIMIT = 10_000;

    /**
     * ICU loads its rule data on first use (half a second), so the formats are built once per process and
     * shared; parsing is a pure function of the phrase, so results are shared too.
     */
    private static final class Icu {
        static final RuleBasedNumberFormat STRICT = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    }

    /** Lenient parsing builds a collator on first use: kept apart so the strict path never pays for it. */
    private static final class LenientIcu {
        static final RuleBasedNumberFormat LENIENT = lenient();

        private static RuleBasedNumberFormat lenient() {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
            f.setLenientParseMode(true);
            return f;
        }
    }

    private static final Map<String, Double> CACHE = new ConcurrentHashMap<>();

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading ICU's rules on a daemon thread (once per process), so that an analysis started a moment
     * later does not wait the half second ICU needs on first use.
     */
    public static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> parseWithIcu("twelve"), "icu-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The value of a whole spelled-out phrase, or empty when any part of it is not a number. */
    public OptionalDouble parse(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT).replace('–', '-');
        if (p.equals("a dozen") || p.equals("dozen")) {
            return OptionalDouble.of(12);
        }
        if (p.equals("half a dozen")) {
            return OptionalDouble.of(6);
        }
        var half = HALF.matcher(p);
        if (half.matches()) {
            OptionalDouble whole = parse(half.group(1));
            return whole.isPresent() ? OptionalDouble.of(whole.getAsDouble() + 0.5) : whole;
        }
        if (p.isEmpty() || !VOCABULARY.matcher(p).matches() || p.startsWith("and") || p.endsWith("and")) {
            return OptionalDouble.empty();
        }
        p = TENS_UNITS.matcher(p.replaceAll("\\s+", " ")).replaceAll("$1-$2");
        Double cached = CACHE.get(p);
        double v = cached != null ? cached : parseWithIcu(p);
        if (cached == null && CACHE.size() < CACHE_LIMIT) {
            CACHE.put(p, v);
        }
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public static boolean isOrdinal(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return p.matches(".*\\b(?:" + ORDINAL_WORDS + "|first)$");
    }

    /** Strict parse first (fast); the lenient one only when the strict one does not read the whole phrase. */
    private static double parseWithIcu(String p) {
        double strict = parseWhole(Icu.STRICT, p);
        return Double.isNaN(strict) ? parseWhole(LenientIcu.LENIENT, p) : strict;
    }

    private static double parseWhole(RuleBasedNumberFormat format, String p) {
        ParsePosition pos = new ParsePosition(0);
        Number n;
        synchronized (format) {
            n = format.parse(p, pos);
        }
        return n != null && pos.getIndex() == p.length() ? n.doubleValue() : Double.NaN;
    }
}
