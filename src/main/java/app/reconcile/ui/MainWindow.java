package app.reconcile.ui;

import app.reconcile.ui.facts.FactEditCommands;
import app.reconcile.ui.facts.FactListView;
import app.reconcile.ui.report.ExportCommand;
import app.reconcile.ui.report.ScoreboardChart;
import app.reconcile.ui.resolution.DecisionPanel;
import app.reconcile.ui.resolution.DecisionViewModel;
import app.reconcile.ui.viewer.ArticlesView;
import app.reconcile.ui.workspace.ArticleCommands;
import app.reconcile.ui.workspace.ProjectCommands;
import app.reconcile.ui.workspace.UnsavedChangesGuard;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.stage.Stage;

/**
 * The assembled main window: a handle on its parts for the composition root and for tests (which drive
 * the same commands the menus and keys do).
 */
public record MainWindow(Stage stage, WorkspaceViewModel workspace, ProjectCommands commands,
                         DecisionViewModel decisions, UnsavedChangesGuard closeGuard,
                         FactListView factList, ArticlesView articles, DecisionPanel decisionPanel,
                         FactEditCommands factEdits, ArticleCommands articleCommands, ExportCommand export,
                         ScoreboardChart scoreboardChart, BooleanProperty scrollInStep) {
}
