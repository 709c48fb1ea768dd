package app.reconcile.report;

import app.reconcile.core.SourceScore;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One source (article) as the report lists it, with its scoreboard row.
 *
 * @param articleId the article id
 * @param source    the file the article came from, or the outlet of a page fetched from the web
 * @param title     the article's title
 * @param score     how its statements fared against the decisions
 * @param url       the page's address; empty for files
 * @param published the page's publication date; null when unknown
 */
public record SourceEntry(String articleId, String source, String title, SourceScore score, String url,
                          LocalDate published) {
    public SourceEntry {
        url = url == null ? "" : url;
    }

    public SourceEntry(String articleId, String source, String title, SourceScore score) {
        this(articleId, source, title, score, "", null);
    }

    /**
     * The address when a report may link to it: http or https only, since a hand-edited project file could
     * carry a {@code javascript:} address that a browser would run from the report.
     */
    public String linkableUrl() {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : "";
    }

    /** The short name readers see: the file name, or the id when there is none. */
    public String label() {
        return label(articleId, source);
    }

    static String label(String articleId, String source) {
        return source == null || source.isBlank() ? articleId : source;
    }
}
