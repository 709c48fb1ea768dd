package app.reconcile.ui.viewer;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.edit.Selection;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The articles side by side: one {@link ArticlePane} each, sharing the window width down to
 * {@link ArticlePane#MIN_WIDTH}; beyond that the row scrolls horizontally. All panes follow the
 * workspace's selected fact, so they stay in step; with "scroll in step" on, scrolling one pane scrolls
 * the others to the same relative position.
 */
public final class ArticlesView extends ScrollPane {
    private static final double GAP = 6;

    private final WorkspaceViewModel workspace;
    private final ArticleActions actions;
    private final BooleanProperty scrollInStep;
    private final HBox row = new HBox(GAP);
    private final List<ArticlePane> panes = new ArrayList<>();
    private List<Article> shownArticles = List.of();
    /**
     * The pane the editor last scrolled, pressed or typed in: only its scrolling leads. Scrolls caused by
     * revealing a fact (which moves every pane) or by following the leader are never echoed back, which is
     * what keeps the panes from chasing each other in a loop.
     */
    private ArticlePane leader;

    public ArticlesView(WorkspaceViewModel workspace, ArticleActions actions, BooleanProperty scrollInStep) {
        this.workspace = workspace;
        this.actions = actions;
        this.scrollInStep = scrollInStep;
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

    /** The text selected in each pane that has a selection, in pane order. */
    public List<Selection> selections() {
        return panes.stream().flatMap(p -> p.selection().stream()).toList();
    }

    private void render(Project project) {
        if (!project.articles().equals(shownArticles)) {
            shownArticles = project.articles();
            panes.clear();
            leader = null;
            for (Article article : shownArticles) {
                ArticlePane pane = new ArticlePane(article, actions);
                HBox.setHgrow(pane, Priority.ALWAYS);
                pane.setPrefWidth(ArticlePane.MIN_WIDTH);
                pane.addEventFilter(ScrollEvent.SCROLL, e -> leader = pane);
                pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> leader = pane);
                pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> leader = pane);
                pane.onScrolled(() -> follow(pane));
                panes.add(pane);
            }
            row.getChildren().setAll(panes);
            row.setMinWidth(panes.size() * (ArticlePane.MIN_WIDTH + GAP));
        }
        highlightAll();
        revealSelected();
    }

    private void follow(ArticlePane moved) {
        if (!scrollInStep.get() || moved != leader) {
            return;
        }
        double fraction = moved.scrollFraction();
        panes.stream().filter(p -> p != moved).forEach(p -> p.scrollToFraction(fraction));
    }

    private void highlightAll() {
        List<Fact> facts = workspace.getProject().facts();
        String selected = workspace.selectedFactIdProperty().get();
        panes.forEach(p -> p.highlight(facts, selected));
    }

    private void revealSelected() {
        leader = null;
        workspace.getSelectedFact().ifPresent(fact -> panes.forEach(p -> p.reveal(fact)));
    }
}
