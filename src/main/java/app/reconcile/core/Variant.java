package app.reconcile.core;

import java.util.List;

/**
 * One distinct value of a fact, with every mention that states it.
 *
 * @param value    the normalised value shared by the mentions
 * @param display  a readable form (the surface text of the first mention)
 * @param mentions the mentions, in article order
 */
public record Variant(String value, String display, List<Mention> mentions) {
    public Variant {
        mentions = List.copyOf(mentions);
    }

    /** Distinct article ids that state this value, in mention order. */
    public List<String> articleIds() {
        return mentions.stream().map(Mention::articleId).distinct().toList();
    }
}
