package app.reconcile.ui.viewer;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.ui.common.StyleClasses;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The overview ruler beside a pane (as in Meld): the whole article as a thin strip, with a mark wherever a
 * conflict, a compatible value or an agreement sits, the selected fact's marks outlined, and the visible part
 * of the text shaded. Clicking a mark selects its fact; clicking elsewhere scrolls there.
 */
public final class OverviewRuler extends Pane {
    public static final double WIDTH = 12;
    private static final double MARK_HEIGHT = 4;

    private final int textLength;
    private final Consumer<String> selectFact;
    private final Consumer<Double> scrollTo;
    private final Region viewport = new Region();
    private final List<Mark> marks = new ArrayList<>();
    private double viewFrom;
    private double viewTo = 1;

    /** One mark: a fact's mention at a fraction (0 top, 1 bottom) of the text. */
    public record Mark(String factId, double fraction, Region node) {
    }

    public OverviewRuler(String articleId, int textLength, Consumer<String> selectFact, Consumer<Double> scrollTo) {
        this.textLength = Math.max(1, textLength);
        this.selectFact = selectFact;
        this.scrollTo = scrollTo;
        setId("ruler-" + articleId);
        getStyleClass().add(StyleClasses.RULER);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        viewport.getStyleClass().add(StyleClasses.RULER_VIEWPORT);
        viewport.setMouseTransparent(true);
        getChildren().add(viewport);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && getHeight() > 0) {
                scrollTo.accept(Math.min(1, Math.max(0, event.getY() / getHeight())));
            }
        });
    }

    /** Redraws the marks of {@code articleId}'s mentions among {@code facts}. */
    public void show(String articleId, List<Fact> facts, String selectedFactId) {
        getChildren().removeIf(n -> n != viewport);
        marks.clear();
        for (Fact fact : facts) {
            for (Mention m : fact.mentions()) {
                if (!m.articleId().equals(articleId)) {
                    continue;
                }
                Region node = new Region();
                node.getStyleClass().addAll(StyleClasses.RULER_MARK, StyleClasses.of(fact.verdict()));
                if (fact.isConflict()) {
                    node.getStyleClass().add(HighlightLayers.stateClass(fact, m));
                }
                if (fact.id().equals(selectedFactId)) {
                    node.getStyleClass().add(StyleClasses.SELECTED);
                }
                String id = fact.id();
                Tooltip.install(node, new Tooltip((fact.label().isBlank() ? id : fact.label()) + ": " + m.text()));
                node.setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY) {
                        selectFact.accept(id);
                        event.consume();
                    }
                });
                marks.add(new Mark(id, (double) m.start() / textLength, node));
            }
        }
        // the selected fact's marks last, so they are drawn on top of their neighbours
        marks.sort((a, b) -> Boolean.compare(a.factId().equals(selectedFactId), b.factId().equals(selectedFactId)));
        marks.forEach(mark -> getChildren().add(mark.node()));
        requestLayout();
    }

    /** Shades the part of the text in view, as fractions of the whole. */
    public void showViewport(double from, double to) {
        viewFrom = Math.max(0, Math.min(1, from));
        viewTo = Math.max(viewFrom, Math.min(1, to));
        requestLayout();
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double w = getWidth();
        viewport.resizeRelocate(0, viewFrom * h, w, Math.max(2, (viewTo - viewFrom) * h));
        for (Mark mark : marks) {
            double y = Math.min(h - MARK_HEIGHT, Math.max(0, mark.fraction() * h - MARK_HEIGHT / 2));
            mark.node().resizeRelocate(1, y, w - 2, MARK_HEIGHT);
        }
    }
}
