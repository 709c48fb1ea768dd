package app.reconcile.ui.report;

import app.reconcile.core.Scoreboard;
import app.reconcile.core.SourceScore;
import app.reconcile.ui.common.StyleClasses;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/**
 * The source scoreboard, live: how many of each article's facts agree with or contradict the editor's
 * decisions so far. The counting itself is {@link Scoreboard}'s, shared with the reports.
 */
public final class ScoreboardView extends TableView<SourceScore> {

    public ScoreboardView(WorkspaceViewModel workspace) {
        setId("scoreboard");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No articles"));
        TableColumn<SourceScore, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().source()));
        source.setPrefWidth(150);
        getColumns().add(source);
        getColumns().add(count("Stated", SourceScore::stated));
        getColumns().add(count("Agree", SourceScore::agreeing));
        getColumns().add(count("Contradict", SourceScore::contradicting));
        getColumns().add(count("Open", SourceScore::unresolved));
        workspace.projectProperty().addListener((obs, old, now) -> getItems().setAll(Scoreboard.of(now)));
        getItems().setAll(Scoreboard.of(workspace.getProject()));
    }

    private static TableColumn<SourceScore, Integer> count(String title, Function<SourceScore, Integer> value) {
        TableColumn<SourceScore, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setPrefWidth(60);
        column.getStyleClass().add(StyleClasses.NUMBER_COLUMN);
        return column;
    }
}
