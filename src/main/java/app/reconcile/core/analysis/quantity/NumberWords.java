package app.reconcile.core.analysis.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Spelled-out English numbers ("twelve", "Four", "twenty-five", "one hundred and five", "fifth", "a dozen",
 * "three-and-a-half"), read by a small grammar of units, teens, tens, "hundred" and scale words. This replaced
 * ICU's rule-based spell-out parser: loading ICU's rules and collator cost half a second of every cold start
 * (the whole analysis of the seeds takes less), and news prose needs no more than this grammar.
 */
public final class NumberWords {
    static final String UNIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety|hundred|thousand|million|billion|trillion";
    static final String ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            + "twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            + "thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth";
    private static final Pattern ENDS_ORDINAL = Pattern.compile(".*\\b(?:" + ORDINAL_WORDS + "|first)$");
    private static final Pattern HALF = Pattern.compile("(.+?)[\\s\\-]+and[\\s\\-]+a[\\s\\-]+half");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-]+");

    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> SMALL_ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);

    private static final java.util.Set<String> ANY_NUMBER_WORD = java.util.Set.copyOf(java.util.Arrays.asList(
            (UNIT_WORDS + "|dozen|" + ORDINAL_WORDS).split("\\|")));

    /**
     * Whether a text may hold a number: a digit, or a number word ("twelve", "dozen", "fifth") standing as a
     * word of its own. A cheap test before the quantity patterns, which most sentences would fail: one pass
     * over the text and a set lookup per word, where a regex alternation of every number word would be tried
     * at every word. It may say yes where no quantity follows, never no where one does.
     */
    public static boolean mayHoldNumber(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            boolean wholeWord = (start == 0 || !isWordChar(text.charAt(start - 1))) && (i == n || !isWordChar(text.charAt(i)));
            if (wholeWord && i - start >= 3 && ANY_NUMBER_WORD.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * A character that the number patterns' word boundary ({@code \\b}) takes as part of a word. The regex
     * also joins a combining mark or a letter outside the BMP to a word; this test does not, so it may call
     * a word whole where the pattern would not (a yes too many), never the other way round.
     */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** What the previous word was: each word may only follow certain others ("twenty five", not "five twenty"). */
    private enum Last { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE }

    /** The value of a whole spelled-out phrase, or empty when any part of it is not a number. */
    public OptionalDouble parse(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT).replace('–', '-');
        if (p.equals("a dozen") || p.equals("dozen")) {
            return OptionalDouble.of(12);
        }
        if (p.equals("half a dozen")) {
            return OptionalDouble.of(6);
        }
        if (p.endsWith(" dozen") || p.endsWith("-dozen")) {
            // "two dozen" is 24, not a "two" followed by a word
            String multiplier = p.substring(0, p.length() - "dozen".length() - 1).strip();
            OptionalDouble times = multiplier.isEmpty() ? OptionalDouble.empty() : cardinal(SEPARATOR.split(multiplier));
            return times.isPresent() ? OptionalDouble.of(times.getAsDouble() * 12) : times;
        }
        var half = HALF.matcher(p);
        if (half.matches()) {
            OptionalDouble whole = parse(half.group(1));
            return whole.isPresent() ? OptionalDouble.of(whole.getAsDouble() + 0.5) : whole;
        }
        if (p.isEmpty()) {
            return OptionalDouble.empty();
        }
        return cardinal(SEPARATOR.split(p));
    }

    private static OptionalDouble cardinal(String[] words) {
        double total = 0;
        double current = 0;
        double lastScale = Double.MAX_VALUE;
        Last last = Last.NONE;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean final_ = i == words.length - 1;
            if (w.equals("and")) {
                if (last != Last.HUNDRED && last != Last.SCALE || final_) {
                    return OptionalDouble.empty();
                }
                continue;
            }
            String cardinalWord = final_ ? cardinalOf(w) : w;
            int small = SMALL.indexOf(cardinalWord);
            int tens = TENS.indexOf(cardinalWord);
            if (small >= 0) {
                boolean teen = small >= 10;
                boolean allowed = last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE
                        || !teen && small > 0 && last == Last.TENS;
                if (!allowed) {
                    return OptionalDouble.empty();
                }
                current += small;
                last = teen ? Last.TEEN : Last.UNIT;
            } else if (tens >= 0) {
                if (last != Last.NONE && last != Last.HUNDRED && last != Last.SCALE) {
                    return OptionalDouble.empty();
                }
                current += 20 + 10 * tens;
                last = Last.TENS;
            } else if (cardinalWord.equals("hundred")) {
                if (last != Last.UNIT && last != Last.TEEN || current >= 100) {
                    return OptionalDouble.empty();
                }
                current *= 100;
                last = Last.HUNDRED;
            } else if (SCALES.containsKey(cardinalWord)) {
                double scale = SCALES.get(cardinalWord);
                if (last == Last.NONE || last == Last.SCALE || scale >= lastScale) {
                    return OptionalDouble.empty();
                }
                total += current * scale;
                current = 0;
                lastScale = scale;
                last = Last.SCALE;
            } else {
                return OptionalDouble.empty();
            }
        }
        return last == Last.NONE ? OptionalDouble.empty() : OptionalDouble.of(total + current);
    }

    /** The cardinal word of an ordinal ("fifth" → "five", "twentieth" → "twenty"), or the word itself. */
    private static String cardinalOf(String word) {
        int small = SMALL_ORDINALS.indexOf(word);
        if (small >= 0) {
            return SMALL.get(small);
        }
        if (word.endsWith("ieth")) {
            return word.substring(0, word.length() - 4) + "y";
        }
        if (word.equals("hundredth") || word.equals("thousandth") || word.equals("millionth")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    public static boolean isOrdinal(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return ENDS_ORDINAL.matcher(p).matches();
    }
}
