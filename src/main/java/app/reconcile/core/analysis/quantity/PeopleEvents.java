package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.WordList;
import app.reconcile.core.analysis.text.EventFrames;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a bare number counts people because it is told with an event that happens to people ("killing 12",
 * "11 remain missing", "14 more are still missing"): news leaves the noun out when it is people.
 */
final class PeopleEvents {
    /**
     * Words between a bare count and the event verb it is the subject of: "14 more are still missing"
     * ({@code knowledge/people-event-links.tsv}).
     */
    private static final Set<String> LINKS_TO_EVENT = WordList.load("people-event-links").words();

    private PeopleEvents() {
    }

    /**
     * @param before the sentence text before the value (and its hedge)
     * @param after  the sentence text after the value
     */
    static boolean countPeople(String before, String after) {
        if (EventFrames.isPeopleEventWord(lastWord(before))) {
            return true;
        }
        List<String> words = CountedThing.leadingWords(after);
        for (int i = 0; i < Math.min(words.size(), 4); i++) {
            String w = words.get(i);
            if (EventFrames.isPeopleEventWord(w)) {
                return true;
            }
            if (!LINKS_TO_EVENT.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The lower-case word that ends {@code text} before trailing spaces, or "" (a scan, no regex). */
    static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end == text.length() || start == end ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
