package app.reconcile.ui.report;

import app.reconcile.core.Scoreboard;
import app.reconcile.core.SourceScore;
import app.reconcile.ui.common.StyleClasses;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The source scoreboard as horizontal stacked bars (agree / contradict / open per source), redrawn whenever
 * the project changes, so every decision shows at once. Series colours come from reconcile.css (Okabe-Ito,
 * with a hatch for "contradicts" and a dotted fill for "open"), and every bar has a tooltip in words.
 */
public final class ScoreboardChart extends StackedBarChart<Number, String> {
    private final WorkspaceViewModel workspace;

    public ScoreboardChart(WorkspaceViewModel workspace) {
        super(new NumberAxis(), new CategoryAxis());
        this.workspace = workspace;
        setId("scoreboardChart");
        getStyleClass().add(StyleClasses.SCOREBOARD_CHART);
        setAnimated(false);
        setLegendVisible(true);
        setCategoryGap(8);
        getXAxis().setLabel("facts");
        ((NumberAxis) getXAxis()).setMinorTickVisible(false);
        ((NumberAxis) getXAxis()).setTickUnit(1);
        // categories are set by show(), in table order; auto-ranging would re-derive them from the data
        getYAxis().setAutoRanging(false);
        workspace.projectProperty().addListener((obs, old, now) -> show(Scoreboard.of(now)));
        show(Scoreboard.of(workspace.getProject()));
    }

    private void show(List<SourceScore> scores) {
        Function<SourceScore, String> name = SourceNaming.of(workspace.getProject());
        List<ScoreboardBars.Series> wanted = ScoreboardBars.of(scores, name);
        // a vertical category axis counts from the bottom: reversed, the bars read top-down like the table
        List<String> categories = new ArrayList<>(scores.stream().map(name).distinct().toList());
        Collections.reverse(categories);
        ((CategoryAxis) getYAxis()).getCategories().setAll(categories);
        if (getData().size() != wanted.size()) {
            getData().clear();
            wanted.forEach(s -> getData().add(new XYChart.Series<>(s.name(), FXCollections.observableArrayList())));
        }
        for (int i = 0; i < wanted.size(); i++) {
            ScoreboardBars.Series series = wanted.get(i);
            getData().get(i).getData().setAll(series.bars().stream()
                    .map(b -> new XYChart.Data<Number, String>(b.count(), b.source())).toList());
            for (XYChart.Data<Number, String> bar : getData().get(i).getData()) {
                if (bar.getNode() != null) {
                    Tooltip.install(bar.getNode(), new Tooltip(bar.getYValue() + ": " + bar.getXValue()
                            + " " + series.name()));
                }
            }
        }
    }
}
