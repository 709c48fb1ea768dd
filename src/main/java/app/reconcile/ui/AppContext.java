package app.reconcile.ui;

import app.reconcile.ui.common.DocumentViewer;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.FxFileChooserService;
import app.reconcile.ui.common.TaskExecutor;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.workspace.WorkspaceServices;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the main window needs from outside, handed in by whoever starts it: {@link ReconcileApp}
 * with the real engine, files and executor; TestFX tests with a synchronous executor, temporary
 * preferences and scripted dialogs and file choosers.
 *
 * @param services    analysis, project files, article import, report export, recovery, seeds
 * @param executor    where slow work runs
 * @param preferences window size, recent files, author, auto-advance, scroll in step, report format
 * @param clock       stamps decisions
 * @param dialogs     builds the dialog service for the main stage
 * @param files       builds the file chooser service for the main stage
 * @param viewer      opens a written report in the system's browser or viewer (none: does nothing)
 */
public record AppContext(WorkspaceServices services, TaskExecutor executor, UiPreferences preferences, Clock clock,
                         Function<Stage, WindowDialogService> dialogs, Function<Stage, FileChooserService> files,
                         DocumentViewer viewer) {
    public AppContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(preferences, "preferences");
        clock = clock == null ? Clock.systemUTC() : clock;
        dialogs = dialogs == null ? stage -> new FxDialogService(() -> stage) : dialogs;
        files = files == null ? stage -> new FxFileChooserService(() -> stage, preferences) : files;
        viewer = viewer == null ? DocumentViewer.NONE : viewer;
    }

    /** Without a document viewer: written reports are not offered for opening anywhere. */
    public AppContext(WorkspaceServices services, TaskExecutor executor, UiPreferences preferences, Clock clock,
                      Function<Stage, WindowDialogService> dialogs, Function<Stage, FileChooserService> files) {
        this(services, executor, preferences, clock, dialogs, files, null);
    }

    public AppContext withDialogs(WindowDialogService service) {
        return new AppContext(services, executor, preferences, clock, stage -> service, files, viewer);
    }

    public AppContext withFiles(FileChooserService service) {
        return new AppContext(services, executor, preferences, clock, dialogs, stage -> service, viewer);
    }

    public AppContext withViewer(DocumentViewer documentViewer) {
        return new AppContext(services, executor, preferences, clock, dialogs, files, documentViewer);
    }
}
