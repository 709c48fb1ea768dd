package app.reconcile.report;

import app.reconcile.core.SourceScore;

/**
 * One source (article) as the report lists it, with its scoreboard row.
 *
 * @param articleId the article id
 * @param source    the file the article came from
 * @param title     the article's title
 * @param score     how its statements fared against the decisions
 */
public record SourceEntry(String articleId, String source, String title, SourceScore score) {

    /** The short name readers see: the file name, or the id when there is none. */
    public String label() {
        return label(articleId, source);
    }

    static String label(String articleId, String source) {
        return source == null || source.isBlank() ? articleId : source;
    }
}
