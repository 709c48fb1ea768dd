package app.reconcile.ui.support;

import app.reconcile.core.analysis.FactFinder;
import app.reconcile.io.ProjectFiles;
import app.reconcile.ui.AppContext;
import app.reconcile.ui.MainWindow;
import app.reconcile.ui.MainWindowFactory;
import app.reconcile.ui.ProductionServices;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.common.TaskExecutor;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.workspace.WebArticleSource;
import app.reconcile.ui.workspace.WorkspaceServices;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The real main window for TestFX: the real engine (its answers remembered across tests), seeds, project
 * files, article import, report export and autosave, with a synchronous executor, throw-away preferences,
 * scripted dialogs and file choosers, and a document viewer that only records.
 */
public final class UiFixture {
    public static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ScriptedFiles files = new ScriptedFiles();
    public final ProjectFiles projectFiles = new ProjectFiles();
    /** Files the application asked to open in the system's viewer. */
    public final List<Path> shownDocuments = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("reconcile-test/" + UUID.randomUUID());
    public MainWindow window;
    /** The remembered author; null: none yet, as on a first start. */
    public String authorName = "tester";
    /** As the application starts: the seeds' analysis waits for the first laid-out frame. */
    public boolean analyseAfterFirstFrame;
    public double windowWidth = 1500;
    public double windowHeight = 900;
    /** Tests of background behaviour put the production executor here; the default runs work in place. */
    public TaskExecutor executor = new SynchronousTaskExecutor();
    /** Wraps the (remembering) real engine, e.g. to hold it at a known point of its work. */
    public UnaryOperator<FactFinder> engine = UnaryOperator.identity();
    /** Wraps the real page fetcher, e.g. to see on which thread it runs. */
    public UnaryOperator<WebArticleSource> web = UnaryOperator.identity();

    /** Builds and shows the real window (engine, files, reports, autosave under {@code recoveryDir}) on the seeds. */
    public MainWindow open(Stage stage, Path recoveryDir) {
        WorkspaceServices real = ProductionServices.create(recoveryDir);
        return open(stage, new WorkspaceServices(engine.apply(new RememberedAnalysis(real.factFinder())), real.projects(),
                real.articles(), real.reports(), real.recovery(), real.seeds(), web.apply(real.web())));
    }

    public UiPreferences preferences() {
        return new UiPreferences(node);
    }

    private MainWindow open(Stage stage, WorkspaceServices services) {
        UiPreferences preferences = new UiPreferences(node);
        if (authorName != null) {
            preferences.setAuthorName(authorName);
        }
        preferences.setAutoAdvance(true);
        preferences.rememberWindowSize(windowWidth, windowHeight);
        AppContext context = new AppContext(services, executor, preferences,
                Clock.fixed(NOW, ZoneOffset.UTC), null, null).withDialogs(dialogs).withFiles(files)
                .withViewer(shownDocuments::add);
        MainWindowFactory factory = new MainWindowFactory(context);
        window = (analyseAfterFirstFrame ? factory.analysingAfterFirstFrame() : factory).open(stage, null);
        return window;
    }

    public void dispose() {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // nothing to clean up
        }
    }
}
