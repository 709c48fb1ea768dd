package app.reconcile.ui.facts;

import app.reconcile.core.Fact;
import app.reconcile.ui.common.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/**
 * One row of the fact list: a verdict/status badge (text, not only colour), the label, kind and the
 * distinct values. Style classes carry verdict and status for the stylesheet.
 */
final class FactCell extends ListCell<Fact> {
    private static final String[] STATE_CLASSES = {
            StyleClasses.CONFLICT, StyleClasses.COMPATIBLE, StyleClasses.AGREE,
            StyleClasses.UNRESOLVED, StyleClasses.RESOLVED, StyleClasses.DISMISSED};

    private static final double TEXT_INSET = 26;

    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final VBox box;

    FactCell() {
        getStyleClass().add(StyleClasses.FACT_CELL);
        // let the list's width bound the cell, so long labels end in "…" instead of scrolling sideways
        setPrefWidth(0);
        badge.getStyleClass().add(StyleClasses.FACT_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE); // the label gives way, the verdict stays readable
        summary.getStyleClass().add(StyleClasses.FACT_SUMMARY);
        // label and values wrap rather than end in "…": a cut label ("Ushakov (first …") hides what the fact is
        title.setWrapText(true);
        summary.setWrapText(true);
        // a wrapping label is measured at its preferred width: the cell's, less padding and the verdict border
        title.prefWidthProperty().bind(widthProperty().subtract(TEXT_INSET));
        summary.prefWidthProperty().bind(widthProperty().subtract(TEXT_INSET));
        title.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        box = new VBox(2, new HBox(6, badge), title, summary);
        box.setMinWidth(0);
    }

    @Override
    protected void updateItem(Fact fact, boolean empty) {
        super.updateItem(fact, empty);
        getStyleClass().removeAll(STATE_CLASSES);
        if (empty || fact == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        getStyleClass().addAll(StyleClasses.of(fact.verdict()), StyleClasses.of(fact.status()));
        badge.setText(badgeText(fact));
        title.setText(fact.label().isBlank() ? fact.id() : fact.label());
        summary.setText(fact.kind() + " · " + FactListViewModel.variantsSummary(fact));
        setGraphic(box);
        setText(null);
    }

    /** Readable without colour: verdict and, for conflicts, the decision state. */
    static String badgeText(Fact fact) {
        String verdict = switch (fact.verdict()) {
            case CONFLICT -> "CONFLICT";
            case COMPATIBLE -> "compatible";
            case AGREE -> "agree";
        };
        return fact.isConflict() ? verdict + " · " + fact.status().key() : verdict;
    }
}
