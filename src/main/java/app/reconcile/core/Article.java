package app.reconcile.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news report as the viewer shows it. {@code text} is exactly what is displayed; every offset in a
 * {@link Mention} is a UTF-16 index into it.
 *
 * @param id        stable identifier inside a project ("a1", "a2", ...)
 * @param source    where the article came from as readers name it: the file name, or for a page fetched from
 *                  the web its outlet ("The Harbour Times")
 * @param title     a human title (first meaningful line, or the file name)
 * @param text      the full article text
 * @param url       the address the page was fetched from (after redirects); empty for files
 * @param published the publication date the page states about itself; null when unknown (files, or pages
 *                  without one)
 */
public record Article(String id, String source, String title, String text, String url, LocalDate published) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        title = title == null || title.isBlank() ? source : title;
        url = url == null ? "" : url;
    }

    /** An article from a file: no address, no known publication date. */
    public Article(String id, String source, String title, String text) {
        this(id, source, title, text, "", null);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, source, newTitle, text, url, published);
    }

    /** The same article under another id: inputs read in parallel are numbered once their order is known. */
    public Article withId(String newId) {
        return new Article(newId, source, title, text, url, published);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
