package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.Calendar;
import app.reconcile.core.analysis.knowledge.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitter: paragraphs are lines, a sentence ends at . ! ? (plus closing quotes)
 * followed by white space and an upper-case letter, a digit or an opening quote, unless the word before the
 * full stop is a known abbreviation ("U.S.", "p.m.", "Aug.") or a single initial.
 *
 * <p>A sentence longer than {@link #MAX_SENTENCE} characters is cut into windows of at most that length, each
 * read as a sentence of its own. Reading a sentence (tagging, value reading, the extractors' look-backs) costs
 * more than linear time in its length, so without the cut one run-on line of a few megabytes takes hours; with
 * it the work per sentence is bounded and the whole analysis linear. No real news sentence comes near the limit
 * (the longest line in the evaluation corpora has 448 characters), so ordinary text reads as before.
 */
public final class SentenceSplitter {
    /**
     * Abbreviations before a full stop that ends no sentence ({@code knowledge/abbreviations.tsv}), and those of
     * the months and weekdays ({@code knowledge/months.tsv}, {@code knowledge/weekdays.tsv}), lower case.
     */
    private static final Set<String> ABBREVIATIONS = abbreviations();
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"'“‘([«";

    /** The longest sentence read as one; longer ones are cut into windows (see the class comment). */
    public static final int MAX_SENTENCE = 1_000;
    /** A window is cut no earlier than this far into it, so windows stay long enough to give values context. */
    private static final int MIN_WINDOW = MAX_SENTENCE / 2;
    /** How far {@link #digitInWords} looks: two words, or this many characters if they are longer. */
    private static final int NEAR_WORDS = 2;
    private static final int NEAR_CHARS = 60;

    private final BoilerplateFilter boilerplate;

    private static Set<String> abbreviations() {
        Set<String> out = new java.util.HashSet<>(WordList.load("abbreviations").words());
        java.util.stream.Stream.concat(Calendar.monthAbbreviations().stream(), Calendar.weekdayAbbreviations().stream())
                .map(a -> a.toLowerCase(Locale.ROOT)).forEach(out::add);
        return Set.copyOf(out);
    }

    public SentenceSplitter(BoilerplateFilter boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** The article's sentences, boilerplate removed, with offsets into {@code text}. */
    public List<Sentence> split(int article, String text) {
        List<Sentence> out = new ArrayList<>();
        List<String> previousLines = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            int from = line.isBlank() ? -1 : boilerplate.isBoilerplateLine(line, previousLines)
                    ? boilerplate.gluedTextStart(line) : 0;
            if (from >= 0) {
                String kept = line.substring(from);
                for (int[] span : splitLine(kept)) {
                    String s = kept.substring(span[0], span[1]);
                    if (!boilerplate.isBoilerplateSentence(s)) {
                        out.add(new Sentence(article, out.size(), paragraph, lineStart + from + span[0], s));
                    }
                }
                paragraph++;
            }
            if (!line.isBlank()) {
                previousLines.add(line.strip());
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    /** Trimmed sentence spans [start, end) inside one line. */
    List<int[]> splitLine(String line) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && CLOSERS.indexOf(line.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !Character.isWhitespace(line.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(line.charAt(k))) {
                k++;
            }
            if (k >= n) {
                break;
            }
            char next = line.charAt(k);
            boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
            if (!startsSentence || (c == '.' && isAbbreviation(line, i))) {
                continue;
            }
            addWindows(spans, line, start, j);
            start = k;
            i = k - 1;
        }
        addWindows(spans, line, start, n);
        return spans;
    }

    /** The trimmed span [from, to), cut into windows of at most {@link #MAX_SENTENCE} characters when longer. */
    private static void addWindows(List<int[]> spans, String line, int from, int to) {
        while (to - from > MAX_SENTENCE) {
            int cut = windowEnd(line, from);
            addTrimmed(spans, line, from, cut);
            from = cut;
        }
        addTrimmed(spans, line, from, to);
    }

    /**
     * Where the window that starts at {@code from} ends, searched back from its longest end to
     * {@link #MIN_WINDOW}: after a clause mark (, ; :) followed by white space; else at white space with no
     * digit in the two words on either side, so that no value is cut from its unit or from what it counts
     * ("5 million people", "12 000", "3 p.m."); else at any white space; else at the longest end (a word of a
     * thousand characters), never inside a surrogate pair.
     */
    static int windowEnd(String line, int from) {
        int max = from + MAX_SENTENCE;
        int anySpace = -1;
        int plainSpace = -1;
        for (int i = max; i > from + MIN_WINDOW; i--) {
            if (!Character.isWhitespace(line.charAt(i))) {
                continue;
            }
            if (",;:".indexOf(line.charAt(i - 1)) >= 0) {
                return i;
            }
            if (anySpace < 0) {
                anySpace = i;
            }
            if (plainSpace < 0 && !Character.isWhitespace(line.charAt(i - 1)) && !digitInWords(line, i, -1)
                    && !digitInWords(line, i, 1)) {
                plainSpace = i;
            }
        }
        if (plainSpace >= 0) {
            return plainSpace;
        }
        if (anySpace >= 0) {
            return anySpace;
        }
        return Character.isLowSurrogate(line.charAt(max)) ? max - 1 : max;
    }

    /**
     * Whether the {@link #NEAR_WORDS} words next to the white space at {@code at}, read in direction
     * {@code step} (-1 before it, +1 after it), hold a digit.
     */
    private static boolean digitInWords(String line, int at, int step) {
        int words = 0;
        boolean inWord = false;
        for (int i = at + step, seen = 0; i >= 0 && i < line.length() && seen < NEAR_CHARS; i += step, seen++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && ++words == NEAR_WORDS) {
                    return false;
                }
                inWord = false;
            } else {
                if (Character.isDigit(c)) {
                    return true;
                }
                inWord = true;
            }
        }
        return false;
    }

    private static boolean isAbbreviation(String line, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(line.charAt(b - 1)) || line.charAt(b - 1) == '.')) {
            b--;
        }
        String word = line.substring(b, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(line.charAt(b)) || ABBREVIATIONS.contains(word);
    }

    private static void addTrimmed(List<int[]> spans, String line, int from, int to) {
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            spans.add(new int[] {from, to});
        }
    }
}
