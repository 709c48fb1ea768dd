package app.reconcile.core;

import java.util.Objects;

/**
 * One article's statement of a fact.
 *
 * @param articleId the {@link Article#id()} it is in
 * @param start     UTF-16 offset of the first character, inclusive
 * @param end       UTF-16 offset after the last character, exclusive
 * @param text      the surface text, equal to {@code article.text().substring(start, end)}
 * @param value     the normalised value used for comparison ("4", "USD 200000000", "Yury Ushakov")
 */
public record Mention(String articleId, int start, int end, String text, String value) {
    public Mention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
        value = value == null ? text : value;
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }

    /** Identity of a mention independent of its value: which text it covers. */
    public boolean sameSpan(Mention other) {
        return articleId.equals(other.articleId) && start == other.start && end == other.end;
    }
}
