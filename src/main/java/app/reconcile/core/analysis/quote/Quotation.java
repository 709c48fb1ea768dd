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
 */
public record Quotation(String articleId, int start, int end, String text, List<String> words) {
    public Quotation {
        words = List.copyOf(words);
    }

    public String key() {
        return String.join(" ", words);
    }
}
