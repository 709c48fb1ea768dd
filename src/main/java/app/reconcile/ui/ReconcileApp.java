package app.reconcile.ui;

import app.reconcile.ui.common.FxTaskExecutor;
import app.reconcile.ui.common.TaskExecutor;
import app.reconcile.ui.common.UiPreferences;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The JavaFX application. {@link #launchGui(Path)} is the one entry point the launcher calls; the project
 * path travels as an application parameter, so there is no static state.
 */
public final class ReconcileApp extends Application {
    private TaskExecutor executor;

    /** Starts the GUI and blocks until it is closed. {@code projectOrNull}: a project file, or null for the seeds. */
    public static void launchGui(Path projectOrNull) {
        ClassPathJavaFxWarning.silenceIfOnClassPath();
        if (projectOrNull == null) {
            Application.launch(ReconcileApp.class);
        } else {
            Application.launch(ReconcileApp.class, projectOrNull.toAbsolutePath().toString());
        }
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        UiPreferences preferences = new UiPreferences(UiPreferences.defaultNode());
        AppContext context = new AppContext(ProductionServices.create(), executor, preferences,
                Clock.systemDefaultZone(), null, null,
                file -> getHostServices().showDocument(file.toUri().toString()));
        List<String> args = getParameters().getRaw();
        MainWindow window = new MainWindowFactory(context).analysingAfterFirstFrame()
                .open(stage, args.isEmpty() ? null : Path.of(args.get(0)));
        StartUpTiming.reportIfAsked(window);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
