package app.reconcile.ui.viewer;

import app.reconcile.core.Mention;

/**
 * What the editor can do from an article pane (click, context menus), implemented by the composition root
 * with the workspace's commands, so the viewer knows nothing of how an edit is carried out.
 */
public interface ArticleActions {
    void selectFact(String factId);

    /** A click on the highlight of {@code mention} of fact {@code factId}: select it, or adopt that version. */
    void highlightClicked(String factId, Mention mention);

    /** "Link as same fact" on the text selected in the panes. */
    void linkSelections();

    void splitOff(String factId, Mention mention);

    void removeMention(String factId, Mention mention);

    void renameArticle(String articleId);

    void removeArticle(String articleId);
}
