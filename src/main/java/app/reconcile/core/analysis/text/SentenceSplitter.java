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
 */
public final class SentenceSplitter {
    /**
     * Abbreviations before a full stop that ends no sentence ({@code knowledge/abbreviations.tsv}), and those of
     * the months and weekdays ({@code knowledge/months.tsv}, {@code knowledge/weekdays.tsv}), lower case.
     */
    private static final Set<String> ABBREVIATIONS = abbreviations();
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"'“‘([«";

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
            addTrimmed(spans, line, start, j);
            start = k;
            i = k - 1;
        }
        addTrimmed(spans, line, start, n);
        return spans;
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
