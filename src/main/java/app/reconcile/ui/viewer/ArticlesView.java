package app.reconcile.ui.viewer;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The articles side by side: one {@link ArticlePane} each, sharing the window width down to
 * {@link ArticlePane#MIN_WIDTH}; beyond that the row scrolls horizontally. All panes follow the
 * workspace's selected fact, so they stay in step.
 */
public final class ArticlesView extends ScrollPane {
    private static final double GAP = 6;

    private final WorkspaceViewModel workspace;
    private final HBox row = new HBox(GAP);
    private final List<ArticlePane> panes = new ArrayList<>();
    private List<Article> shownArticles = List.of();

    public ArticlesView(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        setId("articlesView");
        setContent(row);
        setFitToHeight(true);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        workspace.projectProperty().addListener((obs, old, now) -> render(now));
        workspace.selectedFactIdProperty().addListener((obs, old, now) -> {
            highlightAll();
            revealSelected();
        });
        render(workspace.getProject());
    }

    public Optional<ArticlePane> pane(String articleId) {
        return panes.stream().filter(p -> p.article().id().equals(articleId)).findFirst();
    }

    public List<ArticlePane> panes() {
        return List.copyOf(panes);
    }

    private void render(Project project) {
        if (!project.articles().equals(shownArticles)) {
            shownArticles = project.articles();
            panes.clear();
            for (Article article : shownArticles) {
                ArticlePane pane = new ArticlePane(article, workspace::select);
                HBox.setHgrow(pane, Priority.ALWAYS);
                pane.setPrefWidth(ArticlePane.MIN_WIDTH);
                panes.add(pane);
            }
            row.getChildren().setAll(panes);
            row.setMinWidth(panes.size() * (ArticlePane.MIN_WIDTH + GAP));
        }
        highlightAll();
        revealSelected();
    }

    private void highlightAll() {
        List<Fact> facts = workspace.getProject().facts();
        String selected = workspace.selectedFactIdProperty().get();
        panes.forEach(p -> p.highlight(facts, selected));
    }

    private void revealSelected() {
        workspace.getSelectedFact().ifPresent(fact -> panes.forEach(p -> p.reveal(fact)));
    }
}
