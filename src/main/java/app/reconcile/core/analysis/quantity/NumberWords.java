package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.NumberNames;

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
    /** "dozen" is read by the grammar itself ("a dozen", "two dozen", "half a dozen"), not as a number word. */
    private static final String DOZEN = "dozen";
    /** The cardinals, each a word of its own in the quantity pattern ("twenty" "five" of "twenty-five"). */
    static final String UNIT_WORDS = Alternation.of(words(NumberNames.cardinals()));
    /**
     * The ordinals a rank is read from ("second" and up): "first" is an adjective of order far more often than
     * a rank that a figure states, so it only ends a spelled-out ordinal ("twenty-first").
     */
    static final String ORDINAL_WORDS = Alternation.of(NumberNames.ordinalWords(2, Double.MAX_VALUE));
    /** The tens ("twenty" ... "ninety"), before the ordinal of a compound rank ("twenty-third"). */
    static final String TENS_WORDS = Alternation.of(NumberNames.cardinalWords(20, 99));
    private static final Pattern ENDS_ORDINAL = Pattern.compile(".*\\b(?:"
            + Alternation.of(NumberNames.ordinalWords(1, Double.MAX_VALUE)) + ")$");
    private static final Pattern HALF = Pattern.compile("(.+?)[\\s\\-]+and[\\s\\-]+a[\\s\\-]+half");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-]+");
    private static final int TEEN = 10;
    private static final int TWENTY = 20;
    private static final int HUNDRED = 100;
    private static final int THOUSAND = 1000;

    /** Units and teens: the word of each value below twenty, by value. */
    private static final Map<String, Integer> SMALL = values(NumberNames.cardinals(), 0, TWENTY - 1);
    /** Ordinals below twentieth, to the cardinal of their value ("fifth" to "five"). */
    private static final Map<String, String> SMALL_ORDINALS = cardinalOfOrdinal(0, TWENTY - 1);
    private static final Map<String, Integer> TENS = values(NumberNames.cardinals(), TWENTY, HUNDRED - 1);
    private static final String HUNDRED_WORD = NumberNames.cardinalWords(HUNDRED, HUNDRED).get(0);
    private static final Map<String, Double> SCALES = NumberNames.cardinals().stream()
            .filter(n -> n.value() >= THOUSAND)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(NumberNames.Name::word, NumberNames.Name::value));

    private static final java.util.Set<String> ANY_NUMBER_WORD = java.util.Set.copyOf(java.util.Arrays.asList(
            (UNIT_WORDS + "|" + DOZEN + "|" + ORDINAL_WORDS).split("\\|")));

    /** The scale words ("thousand", "million", ...), in the file's order. */
    static List<String> scaleWords() {
        return NumberNames.cardinalWords(THOUSAND, Double.MAX_VALUE);
    }

    private static List<String> words(List<NumberNames.Name> names) {
        return names.stream().map(NumberNames.Name::word).toList();
    }

    private static Map<String, Integer> values(List<NumberNames.Name> names, int from, int to) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (NumberNames.Name n : names) {
            if (n.value() >= from && n.value() <= to) {
                out.put(n.word(), (int) n.value());
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> cardinalOfOrdinal(int from, int to) {
        Map<Double, String> cardinals = new java.util.HashMap<>();
        NumberNames.cardinals().forEach(n -> cardinals.putIfAbsent(n.value(), n.word()));
        Map<String, String> out = new java.util.HashMap<>();
        for (NumberNames.Name n : NumberNames.ordinals()) {
            if (n.value() >= from && n.value() <= to) {
                out.put(n.word(), cardinals.get(n.value()));
            }
        }
        return Map.copyOf(out);
    }

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
        if (p.equals("a " + DOZEN) || p.equals(DOZEN)) {
            return OptionalDouble.of(12);
        }
        if (p.equals("half a " + DOZEN)) {
            return OptionalDouble.of(6);
        }
        if (p.endsWith(" " + DOZEN) || p.endsWith("-" + DOZEN)) {
            // "two dozen" is 24, not a "two" followed by a word
            String multiplier = p.substring(0, p.length() - DOZEN.length() - 1).strip();
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
            int small = SMALL.getOrDefault(cardinalWord, -1);
            int tens = TENS.getOrDefault(cardinalWord, -1);
            if (small >= 0) {
                boolean teen = small >= TEEN;
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
                current += tens;
                last = Last.TENS;
            } else if (cardinalWord.equals(HUNDRED_WORD)) {
                if (last != Last.UNIT && last != Last.TEEN || current >= HUNDRED) {
                    return OptionalDouble.empty();
                }
                current *= HUNDRED;
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
        String small = SMALL_ORDINALS.get(word);
        if (small != null) {
            return small;
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
