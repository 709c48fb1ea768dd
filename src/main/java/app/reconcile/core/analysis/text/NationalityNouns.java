package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.WordList;

import java.util.Locale;
import java.util.Set;

/**
 * People named by their nation, as a plural noun right after a count: "153 Ukrainians returned home", "three
 * Americans were killed", "two Israelis who ...". Such a word is what the count counts (people), not a name that
 * holds the value nor a nationality qualifying a noun ("45 Egyptian business leaders"). Read by the ending, as
 * nationality adjectives are: -ians and -ans are plural nouns of a nation; -is ("Israelis", "Pakistanis") only
 * when a verb or the end of the clause follows, since town names end so too ("Memphis police").
 */
public final class NationalityNouns {
    /** Words after a plural in -is that make it people ({@code knowledge/nationality-plural-next.tsv}). */
    private static final Set<String> CLAUSE_GOES_ON = WordList.load("nationality-plural-next").words();
    private static final int MIN_LENGTH = 6;

    private NationalityNouns() {
    }

    /**
     * Whether {@code word} (capitalised, right after a count) names people by their nation, {@code nextWord} being
     * the word after it ("" at the end of the clause).
     */
    public static boolean isPlural(String word, String nextWord) {
        if (word.length() < MIN_LENGTH || !Character.isUpperCase(word.charAt(0))
                || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (word.endsWith("ians") || word.endsWith("ans") && !word.endsWith("sans")) {
            return true;
        }
        String next = nextWord.toLowerCase(Locale.ROOT);
        return word.endsWith("is") && (next.isEmpty() || CLAUSE_GOES_ON.contains(next) || next.endsWith("ed"));
    }
}
