package app.reconcile.core.analysis.quote;

import java.util.List;

/**
 * The words between a pair of quotation marks (or from an unclosed mark to the end of the sentence).
 *
 * @param articleId article id
 * @param start     offset of the first quoted character in the article text
 * @param end       exclusive end offset
 * @param text      the quoted text as written
 * @param words     lower-cased words, apostrophes straightened: what quotations are compared on
 * @param speaker   the lower-case surname of who is quoted ("greenway"), or "" when the article does not say
 */
public record Quotation(String articleId, int start, int end, String text, List<String> words, String speaker) {
    public Quotation {
        words = List.copyOf(words);
    }

    public Quotation(String articleId, int start, int end, String text, List<String> words) {
        this(articleId, start, end, text, words, "");
    }

    public Quotation withSpeaker(String name) {
        return new Quotation(articleId, start, end, text, words, name);
    }

    public String key() {
        return String.join(" ", words);
    }
}
