package app.reconcile.ui;

import app.reconcile.ui.common.PreferencesCommand;
import app.reconcile.ui.facts.FactEditCommands;
import app.reconcile.ui.report.ExportCommand;
import app.reconcile.ui.workspace.AddFromWebCommand;
import app.reconcile.ui.workspace.ArticleCommands;
import app.reconcile.ui.workspace.ProjectCommands;

/**
 * Every command the menus, toolbar, keys and context menus reach, bundled once by the composition root.
 * The three runnables need the views (selections in the panes and the list, the filter field, the stage).
 */
record WindowCommands(ProjectCommands project, AddFromWebCommand web, FactEditCommands facts,
                      ArticleCommands articles, ExportCommand export, PreferencesCommand preferences,
                      Runnable linkSelections, Runnable mergeSelected, Runnable focusFilter, Runnable close) {
}
