package app.reconcile.core.analysis.knowledge;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Regex alternations built from the words and phrases of a knowledge file: Java keeps the shape of a pattern,
 * the file its vocabulary. Words are taken literally (quoted where they hold a character a regex would read),
 * in the order given, since an alternation tries its alternatives in turn.
 */
public final class Alternation {
    /** What stands between the words of a phrase in a pattern that lets any white space separate them. */
    public static final String ANY_SPACE = "\\s+";
    /** What stands between the words of a phrase in a pattern that takes it as written. */
    public static final String AS_WRITTEN = " ";

    private Alternation() {
    }

    /** {@code a|b|c}: each phrase's words joined by {@code gap}, the phrases by {@code |}. */
    public static String of(Collection<String> phrases, String gap) {
        StringBuilder out = new StringBuilder();
        for (String phrase : phrases) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            out.append(phrase(phrase, gap));
        }
        return out.toString();
    }

    /** {@code a|b|c} of single words (a phrase of several words is joined by {@link #ANY_SPACE}). */
    public static String of(Collection<String> words) {
        return of(words, ANY_SPACE);
    }

    /** One phrase as a regex: its words, each taken literally, joined by {@code gap}. */
    public static String phrase(String phrase, String gap) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.strip().split(" +")) {
            if (!out.isEmpty()) {
                out.append(gap);
            }
            out.append(literal(word));
        }
        return out.toString();
    }

    /** A word taken literally: as it is when it holds only letters, digits and inner hyphens, else quoted. */
    public static String literal(String word) {
        return word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’')
                ? word : Pattern.quote(word);
    }
}
