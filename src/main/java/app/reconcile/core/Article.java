package app.reconcile.core;

import java.util.Objects;

/**
 * One news report as the viewer shows it. {@code text} is exactly what is displayed; every offset in a
 * {@link Mention} is a UTF-16 index into it.
 *
 * @param id     stable identifier inside a project ("a1", "a2", ...)
 * @param source the file name the article came from
 * @param title  a human title (first meaningful line, or the file name)
 * @param text   the full article text
 */
public record Article(String id, String source, String title, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        title = title == null || title.isBlank() ? source : title;
    }

    public Article withTitle(String newTitle) {
        return new Article(id, source, newTitle, text);
    }
}
