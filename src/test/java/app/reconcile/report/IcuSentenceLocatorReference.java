package app.reconcile.report;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import java.util.List;

/**
 * The sentence locator as it was before issue 13: ICU's {@code preceding}/{@code following} and a scan for the
 * line ends on every call, quadratic in the length of a sentence. Kept only to show that the one-pass
 * {@link SentenceLocator} finds the same sentences ({@code SentenceLocatorEquivalenceTest}).
 *
 * <p>Original comment:
 * Finds the sentence a mention stands in, so a reader of the report sees each version in its context.
 * Uses ICU sentence boundaries with abbreviation suppression ("Mr. Putin" is one sentence; ICU's English list
 * lacks the titles news copy uses most, so they are added), never crosses a
 * line break (headlines and datelines have no final full stop), and shortens run-on paragraphs around the
 * mention. One instance per article text: the break iterator is stateful and not thread-safe.
 */
final class IcuSentenceLocatorReference {
    /** Longer "sentences" are cut to this many characters on each side of the mention. */
    /** Titles before a name that ICU's English suppression list does not know. */
    private static final List<String> TITLES = List.of("Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.",
            "Col.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Supt.", "Insp.", "Rev.", "Maj.", "Brig.", "Cmdr.");

    private final String text;
    private final BreakIterator sentences;

    IcuSentenceLocatorReference(String text) {
        this.text = text;
        FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        TITLES.forEach(filter::suppressBreakAfter);
        this.sentences = filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
        this.sentences.setText(text);
    }

    /** The sentence around {@code [start, end)}; offsets outside the text are clamped to it. */
    Sentence around(int start, int end) {
        int len = text.length();
        if (len == 0) {
            return new Sentence("", 0, 0);
        }
        int s = Math.min(Math.max(start, 0), len);
        int e = Math.min(Math.max(end, s), len);
        int from = s >= len ? len : sentences.preceding(s + 1);
        int to = e == 0 ? sentences.following(0) : sentences.following(e - 1);
        from = Math.max(from, text.lastIndexOf('\n', s - 1) + 1);
        int lineEnd = text.indexOf('\n', e);
        if (lineEnd >= 0) {
            to = Math.min(to, lineEnd);
        }
        while (from < s && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > e && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        // the shortening is not what this reference checks: it is the locator's own
        return SentenceLocator.shorten(text, from, s, e, to);
    }
}
