package app.reconcile.report;

/**
 * The sentence a mention stands in, with the mention's position inside it so renderers can mark it.
 *
 * @param text      the sentence, trimmed
 * @param markStart offset of the mention in {@code text}, inclusive
 * @param markEnd   offset after the mention in {@code text}, exclusive
 */
public record Sentence(String text, int markStart, int markEnd) {
    public Sentence {
        if (markStart < 0 || markEnd < markStart || markEnd > text.length()) {
            throw new IllegalArgumentException("mark [" + markStart + ", " + markEnd + ") outside sentence");
        }
    }

    public String before() {
        return text.substring(0, markStart);
    }

    public String marked() {
        return text.substring(markStart, markEnd);
    }

    public String after() {
        return text.substring(markEnd);
    }
}
