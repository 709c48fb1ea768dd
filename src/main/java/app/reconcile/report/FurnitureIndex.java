package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.TextSpan;
import app.reconcile.core.analysis.text.PageFurniture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page furniture of each article of one report ({@link PageFurniture}), found once: corrected copies cut it
 * out and context sentences stop at it, and each asking the filter again doubled that work on every export.
 * Not thread-safe: a report model is built on one thread.
 */
final class FurnitureIndex {
    private static final PageFurniture FURNITURE = new PageFurniture();

    private final Map<String, List<TextSpan>> byArticle = new HashMap<>();

    /** The furniture of {@code article}, in text order. */
    List<TextSpan> of(Article article) {
        return byArticle.computeIfAbsent(article.id(), id -> FURNITURE.spans(article.text()));
    }

    /** The furniture of a text that belongs to no report. */
    static List<TextSpan> in(String text) {
        return FURNITURE.spans(text);
    }
}
