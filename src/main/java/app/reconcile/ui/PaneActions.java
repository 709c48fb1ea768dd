package app.reconcile.ui;

import app.reconcile.core.Mention;
import app.reconcile.ui.facts.FactEditCommands;
import app.reconcile.ui.resolution.DecisionViewModel;
import app.reconcile.ui.viewer.ArticleActions;
import app.reconcile.ui.viewer.ArticlesView;
import app.reconcile.ui.workspace.ArticleCommands;
import app.reconcile.ui.workspace.WorkspaceViewModel;

import java.util.List;

/**
 * The article panes' actions carried out by the workspace's commands. Linking needs the selections of
 * all panes, so the {@link ArticlesView} is attached once it exists (it is built with these actions).
 */
final class PaneActions implements ArticleActions {
    private final WorkspaceViewModel workspace;
    private final FactEditCommands factEdits;
    private final ArticleCommands articles;
    private final DecisionViewModel decisions;
    private ArticlesView view;

    PaneActions(WorkspaceViewModel workspace, FactEditCommands factEdits, ArticleCommands articles,
                DecisionViewModel decisions) {
        this.workspace = workspace;
        this.factEdits = factEdits;
        this.articles = articles;
        this.decisions = decisions;
    }

    void attach(ArticlesView articlesView) {
        this.view = articlesView;
    }

    @Override
    public void selectFact(String factId) {
        workspace.select(factId);
    }

    @Override
    public void highlightClicked(String factId, Mention mention) {
        decisions.clickedMention(factId, mention);
    }

    @Override
    public void linkSelections() {
        factEdits.link(view == null ? List.of() : view.selections());
    }

    @Override
    public void splitOff(String factId, Mention mention) {
        factEdits.splitOff(factId, mention);
    }

    @Override
    public void removeMention(String factId, Mention mention) {
        factEdits.removeMention(factId, mention);
    }

    @Override
    public void renameArticle(String articleId) {
        articles.rename(articleId);
    }

    @Override
    public void removeArticle(String articleId) {
        articles.remove(articleId);
    }
}
