package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.quantity.NumberWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The count written right before a unit word: "3" or "three" or "twenty-one" or "a" in "twenty-one days ago".
 * Read backwards from the unit, longest number phrase first, so that "killed three days ago" yields "three".
 */
final class CountBefore {
    private static final int MAX_WORDS = 3;
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3})\\s+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * A count ending right before {@code end} in {@code text}.
     *
     * @param start offset of the count's first character
     * @param value the count, at least 1
     */
    record Count(int start, int value) {
    }

    private final NumberWords numberWords;

    CountBefore(NumberWords numberWords) {
        this.numberWords = numberWords;
    }

    /** The count right before {@code end} (only white space between), or null when there is none. */
    Count find(String text, int end) {
        String before = text.substring(0, end);
        Matcher d = DIGITS.matcher(before);
        if (d.find()) {
            int v = Integer.parseInt(d.group(1));
            return v > 0 ? new Count(d.start(1), v) : null;
        }
        List<int[]> words = lastWords(before);
        for (int k = words.size(); k >= 1; k--) {
            int from = words.get(words.size() - k)[0];
            String phrase = before.substring(from, words.get(words.size() - 1)[1]);
            int v = value(phrase);
            if (v > 0) {
                return new Count(from, v);
            }
        }
        return null;
    }

    private int value(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.equals("a") || p.equals("an")) {
            return 1;
        }
        OptionalDouble v = numberWords.parse(p);
        return v.isPresent() && v.getAsDouble() == Math.rint(v.getAsDouble()) && !NumberWords.isOrdinal(p)
                ? (int) Math.min(v.getAsDouble(), Integer.MAX_VALUE) : 0;
    }

    /**
     * The spans of the last few words before {@code before}'s end, joined only by spaces or hyphens, the last
     * one touching the end (apart from white space).
     */
    private static List<int[]> lastWords(String before) {
        List<int[]> all = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            all.add(new int[] {w.start(), w.end()});
        }
        List<int[]> out = new ArrayList<>();
        int limit = before.stripTrailing().length();
        for (int i = all.size() - 1; i >= 0 && out.size() < MAX_WORDS; i--) {
            int[] word = all.get(i);
            if (!before.substring(word[1], limit).matches("[\\s-]*") || (out.isEmpty() && word[1] != limit)) {
                break;
            }
            out.add(0, word);
            limit = word[0];
        }
        return out;
    }
}
