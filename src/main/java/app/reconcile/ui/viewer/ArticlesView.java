package app.reconcile.ui.viewer;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.edit.Selection;
import app.reconcile.core.names.SourceNames;
import app.reconcile.ui.common.StyleClasses;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The articles side by side: one {@link ArticlePane} each, sharing the window width down to
 * {@link ArticlePane#MIN_WIDTH}. Beyond that the {@link PaneLayout} decides: the automatic layout switches to
 * focus (the selected fact's two or three articles side by side, a strip naming the others with their
 * version of the fact), "side by side" scrolls the row sideways. All panes follow the workspace's selected
 * fact, so they stay in step; with "scroll in step" on, scrolling one pane scrolls the others to the same
 * relative position.
 */
public final class ArticlesView extends ScrollPane {
    private static final double GAP = 6;
    /** At most this many articles side by side in the focus layout. */
    private static final int FOCUSED = 3;
    private static final double STRIP_WIDTH = 150;

    private final WorkspaceViewModel workspace;
    private final ArticleActions actions;
    private final BooleanProperty scrollInStep;
    private final ObjectProperty<PaneLayout> layout;
    private final HBox row = new HBox(GAP);
    private final VBox strip = new VBox();
    /** An article the editor brought into focus from the strip (or with Ctrl+N); null: none. */
    private String pinned;
    private final List<ArticlePane> panes = new ArrayList<>();
    private List<Article> shownArticles = List.of();
    /**
     * The pane the editor last scrolled, pressed or typed in: only its scrolling leads. Scrolls caused by
     * revealing a fact (which moves every pane) or by following the leader are never echoed back, which is
     * what keeps the panes from chasing each other in a loop.
     */
    private ArticlePane leader;

    public ArticlesView(WorkspaceViewModel workspace, ArticleActions actions, BooleanProperty scrollInStep,
                        ObjectProperty<PaneLayout> layout) {
        this.workspace = workspace;
        this.actions = actions;
        this.scrollInStep = scrollInStep;
        this.layout = layout;
        strip.setId("focusStrip");
        strip.getStyleClass().add(StyleClasses.FOCUS_STRIP);
        strip.setMinWidth(STRIP_WIDTH);
        strip.setPrefWidth(STRIP_WIDTH);
        strip.setMaxWidth(STRIP_WIDTH);
        layout.addListener((obs, old, now) -> arrange());
        widthProperty().addListener((obs, old, now) -> arrange());
        setId("articlesView");
        setContent(row);
        setFitToHeight(true);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        workspace.projectProperty().addListener((obs, old, now) -> render(now));
        workspace.selectedFactIdProperty().addListener((obs, old, now) -> {
            pinned = null;
            arrange();
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
            pinned = null;
        }
        arrange();
        highlightAll();
        revealSelected();
    }

    /** The layout in effect: the chosen one, or for "automatic" whichever fits the width. */
    public PaneLayout effectiveLayout() {
        PaneLayout chosen = layout.get();
        if (chosen != PaneLayout.AUTOMATIC) {
            return chosen;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double needed = panes.size() * ArticlePane.MIN_WIDTH + Math.max(0, panes.size() - 1) * GAP;
        return width <= 0 || needed <= width ? PaneLayout.SIDE_BY_SIDE : PaneLayout.FOCUS;
    }

    /** The panes on view now, in order (all of them, unless the focus layout leaves some in the strip). */
    public List<ArticlePane> shownPanes() {
        return row.getChildren().stream().filter(n -> n instanceof ArticlePane).map(n -> (ArticlePane) n).toList();
    }

    /** Ctrl+N: the N-th article's text takes the keyboard (brought into focus first if it is in the strip). */
    public void focusPane(int number) {
        if (number < 1 || number > panes.size()) {
            return;
        }
        ArticlePane pane = panes.get(number - 1);
        if (!shownPanes().contains(pane)) {
            pinned = pane.article().id();
            arrange();
        }
        pane.textArea().requestFocus();
    }

    private void arrange() {
        List<ArticlePane> shown = effectiveLayout() == PaneLayout.FOCUS && panes.size() > 2 ? focused() : panes;
        List<javafx.scene.Node> children = new ArrayList<>(shown);
        if (shown.size() < panes.size()) {
            fillStrip(shown);
            children.add(strip);
        }
        if (!row.getChildren().equals(children)) {
            row.getChildren().setAll(children);
        }
        row.setMinWidth(shown.size() * (ArticlePane.MIN_WIDTH + GAP) + (shown.size() < panes.size() ? STRIP_WIDTH : 0));
    }

    /** The selected fact's articles (at most three, the pinned one among them), else the first ones. */
    private List<ArticlePane> focused() {
        List<String> ids = new ArrayList<>(workspace.getSelectedFact().map(f -> f.articleIds()).orElse(List.of()));
        for (ArticlePane p : panes) {
            if (ids.size() >= 2) {
                break;
            }
            if (!ids.contains(p.article().id())) {
                ids.add(p.article().id());
            }
        }
        List<String> keep = new ArrayList<>(ids.subList(0, Math.min(FOCUSED, ids.size())));
        if (pinned != null && !keep.contains(pinned)) {
            if (keep.size() >= FOCUSED) {
                keep.remove(keep.size() - 1);
            }
            keep.add(pinned);
        }
        return panes.stream().filter(p -> keep.contains(p.article().id())).toList();
    }

    /** One button per article not in focus: its name and its version of the selected fact. */
    private void fillStrip(List<ArticlePane> shown) {
        strip.getChildren().clear();
        javafx.scene.control.Label title = new javafx.scene.control.Label("Other articles");
        title.getStyleClass().add(StyleClasses.SECTION_LABEL);
        strip.getChildren().add(title);
        Optional<Fact> fact = workspace.getSelectedFact();
        for (ArticlePane p : panes) {
            if (shown.contains(p)) {
                continue;
            }
            String id = p.article().id();
            String version = fact.flatMap(f -> f.mentions().stream().filter(m -> m.articleId().equals(id)).findFirst())
                    .map(m -> "\u201c" + m.text() + "\u201d").orElse("");
            javafx.scene.control.Button button = new javafx.scene.control.Button(
                    SourceNames.shortName(p.article()) + (version.isEmpty() ? "" : "\n" + version));
            button.setId("strip-" + id);
            button.setWrapText(true);
            button.setMnemonicParsing(false);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setFocusTraversable(false);
            button.setTooltip(new javafx.scene.control.Tooltip("Show " + SourceNames.of(p.article()) + " beside the others"));
            button.setOnAction(e -> {
                pinned = id;
                arrange();
                highlightAll();
                revealSelected();
            });
            strip.getChildren().add(button);
        }
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
