package app.reconcile.core.analysis.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a sentence attributes its figures to, read as the name right before a verb of saying that opens the
 * sentence or follows a comma: "..., the Coordination Headquarters for the Treatment of Prisoners of War reported
 * on Feb. 5", "Ukraine's Coordination Headquarters said it was the 62nd exchange", "..., Reuters witnesses said".
 * A source is not a place or person the figure is about, so it takes no part in the names veto (as "according to"
 * does not). A hand-written scan: it runs once per sentence with values.
 */
final class Sources {
    /** Verbs that end an attribution: the name before them is who gives the figure. */
    private static final Set<String> SAYING = Set.of("said", "says", "reported", "reports", "told", "announced",
            "added", "stated", "confirmed", "wrote", "estimated", "tweeted", "posted");
    /** Lower-case words allowed inside the name of a source ("Ministry of Defence", "the Headquarters for the ..."). */
    private static final Set<String> CONNECTORS = Set.of("the", "of", "for", "and", "on", "its", "his", "her",
            "their", "witnesses", "officials", "spokesman", "spokeswoman", "spokesperson", "police", "ministry");
    private static final int MIN_VERB = 4;
    private static final int MAX_VERB = 9;
    /** How many words a source may span. */
    private static final int MAX_WORDS = 12;

    private Sources() {
    }

    /** The [start, end) ranges of the sentence that name a source, after {@code regionStart} (a dateline). */
    static List<int[]> in(String text, int regionStart) {
        List<int[]> out = new ArrayList<>(1);
        for (int i = nextWordStart(text, regionStart); i >= 0; i = nextWordStart(text, wordEnd(text, i))) {
            int end = wordEnd(text, i);
            int wordEnd = end;
            while (wordEnd > i && text.charAt(wordEnd - 1) == '.') {
                wordEnd--; // "..., Reuters witnesses said."
            }
            // a cheap test before a string is made: verbs of saying are short lower-case words
            if (wordEnd - i >= MIN_VERB && wordEnd - i <= MAX_VERB && Character.isLowerCase(text.charAt(i))
                    && SAYING.contains(text.substring(i, wordEnd))) {
                int from = attributionStart(text, regionStart, i);
                if (from >= 0) {
                    out.add(new int[] {from, i});
                }
            }
        }
        return out;
    }

    static boolean within(List<int[]> ranges, int position) {
        for (int[] r : ranges) {
            if (position >= r[0] && position < r[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the attribution before the verb at {@code verb} starts: a run of capitalised words and connectors
     * back to a comma or the start of the sentence, holding at least one capitalised word; -1 when the run
     * meets anything else ("Police put the crowd at 8,000, while organisers said": no source).
     */
    private static int attributionStart(String text, int regionStart, int verb) {
        int i = verb;
        int words = 0;
        boolean capitalised = false;
        while (true) {
            int j = i;
            while (j > regionStart && text.charAt(j - 1) == ' ') {
                j--;
            }
            if (j == regionStart || text.charAt(j - 1) == ',') {
                return capitalised && i < verb ? i : -1;
            }
            int start = j;
            while (start > regionStart && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == j || ++words > MAX_WORDS) {
                return -1;
            }
            String w = text.substring(start, j);
            boolean name = Character.isUpperCase(w.charAt(0));
            if (!name && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return -1;
            }
            capitalised |= name;
            i = start;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.';
    }

    private static int nextWordStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
