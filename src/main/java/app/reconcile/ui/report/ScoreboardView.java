package app.reconcile.ui.report;

import app.reconcile.core.Scoreboard;
import app.reconcile.core.SourceScore;
import app.reconcile.ui.common.StyleClasses;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

import java.util.function.Function;

/**
 * The source scoreboard, live: how many of each article's facts agree with or contradict the editor's
 * decisions so far. The counting itself is {@link Scoreboard}'s, shared with the reports.
 */
public final class ScoreboardView extends TableView<SourceScore> {
    private static final double CELL_HEIGHT = 24;
    private static final double HEADER_HEIGHT = 28;

    public ScoreboardView(WorkspaceViewModel workspace) {
        setId("scoreboard");
        // every column shares the width: short headers stay whole ("St… Ag… Co… Op…" said nothing)
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setFixedCellSize(CELL_HEIGHT);
        setPlaceholder(new Label("No articles"));
        TableColumn<SourceScore, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                SourceNaming.of(workspace.getProject()).apply(row.getValue())));
        source.setPrefWidth(150);
        source.setMinWidth(90);
        getColumns().add(source);
        getColumns().add(count("Facts", "facts the source states", SourceScore::stated));
        getColumns().add(count("✓", "agrees with the decision", SourceScore::agreeing));
        getColumns().add(count("✗", "contradicts the decision", SourceScore::contradicting));
        getColumns().add(count("?", "open: not decided yet", SourceScore::unresolved));
        workspace.projectProperty().addListener((obs, old, now) -> show(Scoreboard.of(now)));
        show(Scoreboard.of(workspace.getProject()));
    }

    /** Tall enough for every row: the fifth source was hidden below a scroll bar. */
    private void show(java.util.List<SourceScore> scores) {
        getItems().setAll(scores);
        setMinHeight(HEADER_HEIGHT + CELL_HEIGHT * Math.max(1, scores.size()) + 4);
    }

    private static TableColumn<SourceScore, Integer> count(String title, String meaning,
                                                           Function<SourceScore, Integer> value) {
        TableColumn<SourceScore, Integer> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new javafx.scene.control.Tooltip(meaning));
        header.setMinWidth(Region.USE_PREF_SIZE);
        column.setGraphic(header);
        column.setText(null);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setPrefWidth(44);
        column.setMinWidth(36);
        column.getStyleClass().add(StyleClasses.NUMBER_COLUMN);
        return column;
    }
}
