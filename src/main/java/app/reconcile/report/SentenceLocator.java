package app.reconcile.report;

import app.reconcile.core.SortedInts;
import app.reconcile.core.TextSpan;
import app.reconcile.core.analysis.text.PageFurniture;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the sentence a mention stands in, so a reader of the report sees each version in its context.
 * Uses ICU sentence boundaries with abbreviation suppression ("Mr. Putin" is one sentence; ICU's English list
 * lacks the titles news copy uses most, so they are added), never crosses a
 * line break (headlines and datelines have no final full stop), never reaches into page furniture (a "SEE ALSO:"
 * teaser the page glued to the article's own sentence; the same {@link PageFurniture} that corrected copies
 * leave out), and shortens run-on paragraphs around the mention.
 *
 * <p>The sentence and line boundaries are found once, in one pass over the text, and each mention looks its
 * sentence up by binary search. Asking ICU for {@code preceding}/{@code following} and scanning for the line
 * ends on every call cost time in proportion to the sentence's length, for every mention in it: a one-line
 * article of a few megabytes took minutes to export (issue 13). {@code SentenceLocatorEquivalenceTest} checks
 * that both ways find the same sentences.
 */
final class SentenceLocator {
    /** Longer "sentences" are cut to this many characters on each side of the mention. */
    private static final int MAX_CONTEXT = 240;
    private static final String ELLIPSIS = "\u2026";
    /** Titles before a name that ICU's English suppression list does not know. */
    private static final List<String> TITLES = List.of("Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.",
            "Col.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Supt.", "Insp.", "Rev.", "Maj.", "Brig.", "Cmdr.");

    private final String text;
    /** The sentence boundaries, ascending, from 0 to the text's length. */
    private final int[] boundaries;
    /** The offsets of the line feeds, ascending. */
    private final int[] newlines;
    /** Where the white space that starts at a sentence or line start ends, by that start (one scan each). */
    private final Map<Integer, Integer> firstNonSpace = new HashMap<>();
    /** Where the white space that ends at a sentence or line end starts, by that end (one scan each). */
    private final Map<Integer, Integer> lastNonSpaceEnd = new HashMap<>();
    /** Where the page furniture starts and ends, ascending (its spans are in text order and do not overlap). */
    private final int[] furnitureStarts;
    private final int[] furnitureEnds;

    SentenceLocator(String text) {
        this(text, sentenceIterator(), FurnitureIndex.in(text));
    }

    /** With a shared sentence iterator from {@link #sentenceIterator()}, finding the page furniture itself. */
    SentenceLocator(String text, BreakIterator sentences) {
        this(text, sentences, FurnitureIndex.in(text));
    }

    /**
     * @param sentences a sentence iterator from {@link #sentenceIterator()}; it is set to {@code text} and may be
     *                  reused for the next article once this constructor returns
     * @param furniture the page furniture of {@code text} in text order ({@link PageFurniture#spans}), which
     *                  no sentence reaches into unless the mention itself stands in it
     */
    SentenceLocator(String text, BreakIterator sentences, List<TextSpan> furniture) {
        this.text = text;
        this.boundaries = boundaries(text, sentences);
        this.newlines = newlines(text);
        this.furnitureStarts = furniture.stream().mapToInt(TextSpan::start).toArray();
        this.furnitureEnds = furniture.stream().mapToInt(TextSpan::end).toArray();
    }

    /**
     * ICU's English sentence iterator with the titles suppressed. Building one costs more than reading a short
     * article with it, so one iterator serves all the articles of a report, one after the other.
     */
    static BreakIterator sentenceIterator() {
        FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        TITLES.forEach(filter::suppressBreakAfter);
        return filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    private static int[] boundaries(String text, BreakIterator sentences) {
        if (text.isEmpty()) {
            return new int[] {0};
        }
        sentences.setText(text);
        int[] out = new int[16];
        int n = 0;
        for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = b;
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] newlines(String text) {
        int[] out = new int[16];
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** The sentence around {@code [start, end)}; offsets outside the text are clamped to it. */
    Sentence around(int start, int end) {
        int len = text.length();
        if (len == 0) {
            return new Sentence("", 0, 0);
        }
        int s = Math.min(Math.max(start, 0), len);
        int e = Math.min(Math.max(end, s), len);
        // the last boundary at or before s, and the first after e - 1 (after 0 for an empty mention at 0)
        int from = s >= len ? len : boundaries[SortedInts.lastAtOrBefore(boundaries, s)];
        int to = boundaries[SortedInts.lastAtOrBefore(boundaries, Math.max(e - 1, 0)) + 1];
        // the line around the mention: after the last line feed before s, up to the first at or after e
        int before = SortedInts.lastAtOrBefore(newlines, s - 1);
        from = Math.max(from, before < 0 ? 0 : newlines[before] + 1);
        int after = SortedInts.lastAtOrBefore(newlines, e - 1) + 1;
        if (after < newlines.length) {
            to = Math.min(to, newlines[after]);
        }
        // furniture wholly before or after the mention is cut off; furniture the mention stands in is kept
        int furnitureBefore = SortedInts.lastAtOrBefore(furnitureEnds, s);
        if (furnitureBefore >= 0) {
            from = Math.max(from, furnitureEnds[furnitureBefore]);
        }
        int furnitureAfter = SortedInts.lastAtOrBefore(furnitureStarts, e - 1) + 1;
        if (furnitureAfter < furnitureStarts.length && furnitureStarts[furnitureAfter] >= e) {
            to = Math.min(to, furnitureStarts[furnitureAfter]);
        }
        from = Math.min(firstNonSpace.computeIfAbsent(from, this::skipSpaceForward), s);
        to = Math.max(lastNonSpaceEnd.computeIfAbsent(to, this::skipSpaceBackward), e);
        return shorten(text, from, s, e, to);
    }

    private int skipSpaceForward(int from) {
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private int skipSpaceBackward(int to) {
        while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * The context {@code [from, to)} of the mention {@code [s, e)}, cut to {@link #MAX_CONTEXT} characters on each
     * side at a word boundary, with an ellipsis where it was cut.
     */
    static Sentence shorten(String text, int from, int s, int e, int to) {
        String prefix = "";
        String suffix = "";
        if (s - from > MAX_CONTEXT) {
            from = wordStart(text, s - MAX_CONTEXT, s);
            prefix = ELLIPSIS;
        }
        if (to - e > MAX_CONTEXT) {
            to = wordEnd(text, e + MAX_CONTEXT, e);
            suffix = ELLIPSIS;
        }
        String sentence = prefix + text.substring(from, to) + suffix;
        int markStart = prefix.length() + (s - from);
        return new Sentence(sentence, markStart, markStart + (e - s));
    }

    /** The first word start at or after {@code at}, but never past the mention start {@code limit}. */
    private static int wordStart(String text, int at, int limit) {
        for (int i = at; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return at;
    }

    /** The last word end at or before {@code at}, but never before the mention end {@code limit}. */
    private static int wordEnd(String text, int at, int limit) {
        for (int i = at; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return at;
    }
}
