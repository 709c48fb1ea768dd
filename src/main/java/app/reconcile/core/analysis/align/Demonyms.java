package app.reconcile.core.analysis.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nationality words that qualify a noun inside a sentence ("the most by any Arab foreign minister", "arrived in
 * the Uzbek capital", "Egyptian business leaders"). They tell whose a person or thing is, not where or to whom
 * the value's event happened, so two reports of one arrival ("the most by any Arab foreign minister" /
 * "representing Egyptian companies") are not two events because each adds another one. A nationality that
 * qualifies the value's own noun ("45 Egyptian business leaders", "killed two Russian soldiers") still counts
 * as a name of the value ({@link NamedPlaces#besides}).
 */
final class Demonyms {
    /** Nationality words that do not end like one. */
    private static final Set<String> PLAIN = Set.of("arab", "uzbek", "kazakh", "tajik", "turkmen", "kyrgyz",
            "thai", "french", "dutch", "greek", "swiss", "czech", "slovak", "welsh", "kurd", "turk", "serb", "croat",
            "basque", "lao", "khmer", "maltese");
    /** Endings of nationality adjectives: Egyptian, Russian, Chinese, Iraqi, Polish. */
    private static final List<String> ENDINGS = List.of("ian", "an", "ese", "i", "ish");
    /** A place name after these is where something is ("in Tehran province"), not a nationality. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "of", "on",
            "into", "across", "outside", "inside");
    private static final int PREFIX = 5;

    /** A nationality word at {@code start} of the sentence, as the five-letter prefix names are compared on. */
    record Qualifier(int start, String name) {
    }

    private Demonyms() {
    }

    /** The nationality words of a sentence that stand alone before a lower-case content word. */
    static List<Qualifier> qualifiers(String text) {
        List<Qualifier> out = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i)) || Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (end - i >= 3 && isNationality(word) && beforeNoun(text, end) && !afterPlacePreposition(text, i)
                    && !capitalisedBefore(text, i)) {
                out.add(new Qualifier(i, word.substring(0, Math.min(PREFIX, word.length()))));
            }
            i = end;
        }
        return out;
    }

    private static boolean isNationality(String word) {
        if (PLAIN.contains(word)) {
            return true;
        }
        for (String e : ENDINGS) {
            if (word.length() >= e.length() + 3 && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A single space, then a lower-case word of three letters or more that is no function word. */
    private static boolean beforeNoun(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String next = text.substring(end + 1, j);
        return next.length() >= 3 && !app.reconcile.core.analysis.text.Words.isStop(next);
    }

    private static boolean afterPlacePreposition(String text, int start) {
        String before = previousWord(text, start);
        return PLACE_PREPOSITIONS.contains(before);
    }

    /** Part of a longer name: "Silesian" in "the Upper Silesian basin" follows another capitalised word. */
    private static boolean capitalisedBefore(String text, int start) {
        String before = previousWord(text, start);
        return !before.isEmpty() && text.charAt(start - 1) == ' '
                && Character.isUpperCase(text.charAt(start - 1 - before.length()));
    }

    private static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, end);
    }
}
