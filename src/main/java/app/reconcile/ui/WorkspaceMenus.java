package app.reconcile.ui;

import app.reconcile.ui.workspace.ProjectCommands;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import app.reconcile.ui.common.DialogService;
import app.reconcile.ui.common.UiPreferences;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** The menu bar and toolbar: every command reachable by mouse, with its keyboard shortcut shown. */
final class WorkspaceMenus {
    private final WorkspaceViewModel workspace;
    private final ProjectCommands commands;
    private final UiPreferences preferences;
    private final DialogService dialogs;
    private final Runnable focusFilter;
    private final Runnable close;

    WorkspaceMenus(WorkspaceViewModel workspace, ProjectCommands commands, UiPreferences preferences,
                   DialogService dialogs, Runnable focusFilter, Runnable close) {
        this.workspace = workspace;
        this.commands = commands;
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.focusFilter = focusFilter;
        this.close = close;
    }

    MenuBar menuBar() {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        Menu file = new Menu("_File", null,
                item("Open…", "Shortcut+O", commands::open), recent,
                item("Save", "Shortcut+S", commands::save),
                item("Save As…", "Shortcut+Shift+S", commands::saveAs),
                item("Add articles…", "Shortcut+I", commands::addArticles),
                item("Export report…", "Shortcut+E", commands::exportReport),
                item("Quit", "Shortcut+Q", close));
        MenuItem undo = item("Undo", "Shortcut+Z", workspace::undo);
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", workspace::redo);
        redo.disableProperty().bind(workspace.canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo, item("Find fact", "Shortcut+F", focusFilter));
        // Alt+Up/Down are handled by KeyBindings (so list and text areas cannot swallow them); shown here only.
        MenuItem next = new MenuItem("Next unresolved conflict\tAlt+Down");
        next.setOnAction(e -> workspace.selectNextUnresolved());
        MenuItem previous = new MenuItem("Previous unresolved conflict\tAlt+Up");
        previous.setOnAction(e -> workspace.selectPreviousUnresolved());
        Menu navigate = new Menu("_Navigate", null, next, previous);
        CheckMenuItem autoAdvance = new CheckMenuItem("Move to the next conflict after picking by key");
        autoAdvance.setSelected(preferences.autoAdvance());
        autoAdvance.selectedProperty().addListener((obs, old, now) -> preferences.setAutoAdvance(now));
        MenuItem author = new MenuItem("Author name…");
        author.setOnAction(e -> dialogs.askText("Author name", "Name recorded with each decision",
                preferences.authorName()).map(String::trim).filter(s -> !s.isEmpty())
                .ifPresent(preferences::setAuthorName));
        Menu settings = new Menu("_Settings", null, autoAdvance, author);
        MenuBar bar = new MenuBar(file, edit, navigate, settings);
        bar.setId("menuBar");
        return bar;
    }

    ToolBar toolBar() {
        Button undo = button("undoButton", "Undo", "Undo (Ctrl+Z)", workspace::undo);
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        Button redo = button("redoButton", "Redo", "Redo (Ctrl+Shift+Z)", workspace::redo);
        redo.disableProperty().bind(workspace.canRedoProperty().not());
        ToolBar bar = new ToolBar(
                button("openButton", "Open", "Open a project (Ctrl+O)", commands::open),
                button("saveButton", "Save", "Save the project (Ctrl+S)", commands::save),
                button("saveAsButton", "Save As", "Save under a new name (Ctrl+Shift+S)", commands::saveAs),
                new Separator(),
                button("addArticlesButton", "Add articles", "Add article files and re-analyse (Ctrl+I)",
                        commands::addArticles),
                button("exportButton", "Export report", "Write the reconciled report (Ctrl+E)",
                        commands::exportReport),
                new Separator(), undo, redo, new Separator(),
                button("previousButton", "◀ Previous conflict", "Previous unresolved conflict (Alt+Up)",
                        workspace::selectPreviousUnresolved),
                button("nextButton", "Next conflict ▶", "Next unresolved conflict (Alt+Down)",
                        workspace::selectNextUnresolved));
        bar.setId("toolBar");
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : preferences.recentProjects()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> commands.openRecent(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
