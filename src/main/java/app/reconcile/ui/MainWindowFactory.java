package app.reconcile.ui;

import app.reconcile.ui.common.AuthorPrompt;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.PreferencesCommand;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.facts.FactEditCommands;
import app.reconcile.ui.facts.FactListView;
import app.reconcile.ui.facts.FactListViewModel;
import app.reconcile.ui.report.ExportCommand;
import app.reconcile.ui.report.ScoreboardChart;
import app.reconcile.ui.report.ScoreboardView;
import app.reconcile.ui.resolution.DecisionPanel;
import app.reconcile.ui.resolution.DecisionViewModel;
import app.reconcile.ui.viewer.ArticlesView;
import app.reconcile.ui.workspace.AddFromWebCommand;
import app.reconcile.ui.workspace.ArticleCommands;
import app.reconcile.ui.workspace.BackgroundActivity;
import app.reconcile.ui.workspace.ProjectCommands;
import app.reconcile.ui.workspace.StatusBarView;
import app.reconcile.ui.workspace.UnsavedChangesGuard;
import app.reconcile.ui.workspace.WebAddresses;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import app.reconcile.ui.viewer.PaneLayout;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The composition root of the window: builds view models and views from an {@link AppContext}, wires
 * keys, drag and drop, autosave and the close guard, shows the stage and loads the first project.
 */
public final class MainWindowFactory {
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);
    private static final String STYLESHEET = "reconcile.css";

    private static final String MAIN_SPLIT = "main";
    private static final String SIDE_SPLIT = "side";

    private final AppContext context;
    private boolean analyseAfterFirstFrame;

    public MainWindowFactory(AppContext context) {
        this.context = context;
    }

    /**
     * The seeds' analysis starts only once the first frame with their texts has been laid out, so something
     * readable is on screen before the analysis competes for the CPU. The application does this; tests with a
     * synchronous executor keep the analysis inside {@link #open}.
     */
    public MainWindowFactory analysingAfterFirstFrame() {
        analyseAfterFirstFrame = true;
        return this;
    }

    /** Builds and shows the window on {@code stage}, then opens {@code projectOrNull} (null: the seeds). */
    public MainWindow open(Stage stage, Path projectOrNull) {
        MainWindow window = build(stage);
        stage.show();
        // start on the list, not the filter field, so 1..9, Enter and Alt+Down work at once
        window.factList().list().requestFocus();
        start(window, projectOrNull);
        settleLayout(stage.getScene());
        return window;
    }

    /**
     * One layout pass now, so the first pulse is the second: the first pass sizes the panes from their
     * preferred height, and a frame drawn from it shows 100 px "mini" scrollbars over the top of each text.
     */
    private static void settleLayout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** Runs {@code work} in the first pulse after this one has laid out the scene (once). */
    private static void afterNextLayout(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Builds the window without loading anything (for tests that set up their own project). */
    public MainWindow build(Stage stage) {
        UiPreferences preferences = context.preferences();
        WindowDialogService dialogs = context.dialogs().apply(stage);
        FileChooserService files = context.files().apply(stage);
        WorkspaceViewModel workspace = new WorkspaceViewModel(new BackgroundActivity(context.executor()));
        ProjectCommands commands = new ProjectCommands(workspace, context.services(), dialogs, files, preferences);
        AddFromWebCommand web = new AddFromWebCommand(commands, dialogs);
        DecisionViewModel decisions = new DecisionViewModel(workspace, context.clock(),
                new AuthorPrompt(preferences, dialogs), preferences::autoAdvance);
        UnsavedChangesGuard guard = new UnsavedChangesGuard(workspace, dialogs, commands);
        FactEditCommands factEdits = new FactEditCommands(workspace, dialogs);
        ArticleCommands articleCommands = new ArticleCommands(workspace, context.services(), dialogs);
        ExportCommand export = new ExportCommand(workspace, context.services().reports(), dialogs, files,
                preferences, context.viewer());
        BooleanProperty scrollInStep = PreferencesCommand.scrollInStep(preferences);

        FactListView factList = new FactListView(workspace, new FactListViewModel(workspace));
        Runnable mergeSelected = () -> mergeSelected(factEdits, factList, workspace);
        PaneActions paneActions = new PaneActions(workspace, factEdits, articleCommands, decisions);
        ObjectProperty<PaneLayout> layout = new SimpleObjectProperty<>(PaneLayout.parse(preferences.paneLayout()));
        layout.addListener((obs, old, now) -> preferences.setPaneLayout(now.name()));
        ArticlesView articles = new ArticlesView(workspace, paneActions, scrollInStep, layout);
        paneActions.attach(articles);
        DecisionPanel decisionPanel = new DecisionPanel(workspace, decisions);
        ScoreboardChart chart = new ScoreboardChart(workspace);
        factList.setRowMenu(new ContextMenu(menuItem("mergeMenuItem", "Merge with…", mergeSelected)));

        // one side column (list over decisions) leaves the width to the articles, which need ~260 px each
        Tab factsTab = new Tab("Facts", factList);
        factsTab.setId("factsTab");
        SplitPane sources = new SplitPane(new ScoreboardView(workspace), chart);
        sources.setOrientation(Orientation.VERTICAL);
        sources.setDividerPositions(0.4);
        Tab sourcesTab = new Tab("Sources", sources);
        sourcesTab.setId("sourcesTab");
        TabPane lists = new TabPane(factsTab, sourcesTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane side = new SplitPane(lists, decisionPanel);
        side.setId("sideSplit");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(preferences.dividerPosition(SIDE_SPLIT, 0.47));
        SplitPane split = new SplitPane(side, articles);
        split.setId("mainSplit");
        split.setDividerPositions(preferences.dividerPosition(MAIN_SPLIT, 0.22));
        SplitPane.setResizableWithParent(side, false);

        Runnable close = () -> guard.proceed(() -> {
            preferences.rememberDividerPosition(MAIN_SPLIT, split.getDividerPositions()[0]);
            preferences.rememberDividerPosition(SIDE_SPLIT, side.getDividerPositions()[0]);
            closeNow(stage, preferences);
        });
        WindowCommands all = new WindowCommands(commands, web, factEdits, articleCommands, export,
                new PreferencesCommand(preferences, dialogs, scrollInStep), paneActions::linkSelections,
                mergeSelected, () -> factList.filterField().requestFocus(), close);
        String stylesheet = Objects.requireNonNull(MainWindowFactory.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm();
        HelpWindows help = new HelpWindows(stage, List.of(stylesheet));
        WorkspaceMenus menus = new WorkspaceMenus(workspace, all, preferences, scrollInStep,
                new ViewCommands(help::showLegend, help::showKeyboardHelp, layout));
        BorderPane root = new BorderPane(split);
        root.setId("root");
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setBottom(StatusBarView.create(workspace, help::showLegend));
        acceptDroppedArticles(root, commands, web);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(preferences.windowWidth(), screen.getWidth()),
                Math.min(preferences.windowHeight(), screen.getHeight()));
        scene.getStylesheets().add(stylesheet);
        new KeyBindings(workspace, decisions, new WindowKeys(paneActions, help, articles, factList, decisionPanel))
                .install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.titleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            close.run();
        });
        startAutosave(stage, commands);
        return new MainWindow(stage, workspace, commands, decisions, guard, factList, articles, decisionPanel,
                factEdits, articleCommands, export, chart, scrollInStep);
    }

    private static void mergeSelected(FactEditCommands factEdits, FactListView factList, WorkspaceViewModel workspace) {
        factEdits.mergeSelected(factList.selectedFactIds(), workspace.selectedFactIdProperty().get());
    }

    private static MenuItem menuItem(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Offers a newer recovery file first; otherwise opens the project, or the seeds. */
    public void start(MainWindow window, Path projectOrNull) {
        if (window.commands().offerRecovery(modified(projectOrNull))) {
            return;
        }
        if (projectOrNull == null) {
            Scene scene = window.stage().getScene();
            window.commands().openSeeds(analysis -> {
                if (analyseAfterFirstFrame && scene != null) {
                    afterNextLayout(scene, analysis);
                } else {
                    analysis.run();
                }
            });
        } else {
            window.commands().open(projectOrNull);
        }
    }

    /** Files dropped from the desktop, and links dragged from a browser (files win: they also carry file: URLs). */
    private static void acceptDroppedArticles(BorderPane root, ProjectCommands commands, AddFromWebCommand web) {
        // filters, not handlers: the text areas would otherwise see (and swallow) drags over them first
        root.addEventFilter(DragEvent.DRAG_OVER, event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles() || !WebAddresses.dropped(board.getUrl(), board.getString()).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                event.consume();
            }
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles()) {
                List<File> files = board.getFiles();
                commands.addArticles(files.stream().map(File::toPath).toList());
                event.setDropCompleted(true);
                event.consume();
            } else if (web.addDropped(board.getUrl(), board.getString())) {
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private void startAutosave(Stage stage, ProjectCommands commands) {
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> commands.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        stage.setOnShown(e -> autosave.play());
        stage.setOnHidden(e -> autosave.stop());
    }

    private static void closeNow(Stage stage, UiPreferences preferences) {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            preferences.rememberWindowSize(stage.getWidth(), stage.getHeight());
        }
        stage.close();
    }

    private static Instant modified(Path file) {
        try {
            return file == null || !Files.exists(file) ? null : Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }
}
