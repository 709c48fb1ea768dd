package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.NumberNames;
import app.reconcile.core.analysis.knowledge.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word-level helpers shared by the extractors: a word pattern, a stopword list and content stems. */
public final class Words {
    /** Letters with inner hyphens or apostrophes ("full-scale", "Trump's"), or digits with separators. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*|\\d+(?:[.,:]\\d+)*");

    /**
     * Stopwords ({@code knowledge/stopwords.tsv}) and the number words one to ten ({@code knowledge/number-words.tsv}):
     * words that never name what a figure counts nor which fact a sentence tells.
     */
    public static final Set<String> STOP = stopwords();

    private Words() {
    }

    private static Set<String> stopwords() {
        Set<String> out = new java.util.HashSet<>(WordList.load("stopwords").words());
        out.addAll(NumberNames.cardinalWords(1, 10));
        return Set.copyOf(out);
    }

    /** Lower-case, possessive stripped, curly apostrophes straightened. */
    public static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * {@code s.split("\\s+").length}, counted without compiling the pattern on every call: the pieces between
     * runs of ASCII white space, a leading empty piece included and trailing empty ones not.
     */
    public static int splitCount(String s) {
        return splitCount(s, Integer.MAX_VALUE);
    }

    /** {@code Math.min(limit, splitCount(s))}: stops reading a long line once it has {@code limit} pieces. */
    public static int splitCount(String s, int limit) {
        if (s.isEmpty()) {
            return Math.min(1, limit);
        }
        int leading = isRegexSpace(s.charAt(0)) ? 1 : 0;
        int pieces = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && (pieces == 0 || pieces + leading < limit); i++) {
            boolean space = isRegexSpace(s.charAt(i));
            if (!space && !inWord) {
                pieces++;
            }
            inWord = !space;
        }
        return pieces == 0 ? 0 : Math.min(limit, pieces + leading);
    }

    /** {@code \\s} of java.util.regex: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code word} up to its first hyphen ({@code word.replaceAll("-.*", "")} for a word on one line). */
    public static String beforeHyphen(String word) {
        int hyphen = word.indexOf('-');
        return hyphen < 0 ? word : word.substring(0, hyphen);
    }

    public static boolean isStop(String normalised) {
        return STOP.contains(normalised);
    }

    public static boolean isNumeric(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** Stems of the content words of a text (no stopwords, no numbers, no one-letter words). */
    public static List<String> contentStems(String text, LightStemmer stemmer) {
        List<String> out = new ArrayList<>();
        WordScanner m = new WordScanner(text);
        while (m.find()) {
            String w = normalise(m.group());
            if (w.length() > 1 && !isStop(w) && !isNumeric(w)) {
                out.add(stemmer.stem(w.replace("-", "")));
            }
        }
        return out;
    }

    /**
     * The consonants of a lower-case name in order, a doubled letter counted once ("y" counts as a vowel):
     * two transliterations of one name keep them (Muhammad / Mohammed "mhmd", Dmytro / Dmitry "dmtr").
     */
    public static String consonantSkeleton(String name) {
        StringBuilder out = new StringBuilder(name.length());
        char last = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && "aeiouy".indexOf(c) < 0 && c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }
}
