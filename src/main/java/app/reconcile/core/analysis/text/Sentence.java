package app.reconcile.core.analysis.text;

/**
 * One sentence of one article, as a span of the article text.
 *
 * @param article   index of the article in the analysed list
 * @param index     position of the sentence in its article (0-based, boilerplate excluded)
 * @param paragraph paragraph number inside the article, so neighbours are only taken inside a paragraph
 * @param start     UTF-16 offset of the first character in the article text
 * @param text      the sentence text, {@code articleText.substring(start, start + text.length())}
 */
public record Sentence(int article, int index, int paragraph, int start, String text) {
    public int end() {
        return start + text.length();
    }
}
