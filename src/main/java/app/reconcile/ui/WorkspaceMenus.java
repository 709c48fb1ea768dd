package app.reconcile.ui;

import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.viewer.PaneLayout;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** The menu bar and toolbar: every command reachable by mouse, with its keyboard shortcut shown. */
final class WorkspaceMenus {
    private final WorkspaceViewModel workspace;
    private final WindowCommands commands;
    private final UiPreferences preferences;
    private final BooleanProperty scrollInStep;
    private final ViewCommands view;

    WorkspaceMenus(WorkspaceViewModel workspace, WindowCommands commands, UiPreferences preferences,
                   BooleanProperty scrollInStep, ViewCommands view) {
        this.workspace = workspace;
        this.commands = commands;
        this.preferences = preferences;
        this.scrollInStep = scrollInStep;
        this.view = view;
    }

    MenuBar menuBar() {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        Menu file = new Menu("_File", null,
                item("Open…", "Shortcut+O", commands.project()::open), recent,
                item("Save", "Shortcut+S", commands.project()::save),
                item("Save As…", "Shortcut+Shift+S", commands.project()::saveAs),
                item("Export report…", "Shortcut+E", commands.export()::exportReport),
                item("Quit", "Shortcut+Q", commands.close()));
        MenuItem undo = item("Undo", "Shortcut+Z", workspace::undo);
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", workspace::redo);
        redo.disableProperty().bind(workspace.canRedoProperty().not());
        // Ctrl+L is handled by KeyBindings (the text areas would see it first); shown here only.
        MenuItem link = new MenuItem("Link as same fact\tCtrl+L");
        link.setId("linkMenu");
        link.setOnAction(e -> commands.linkSelections().run());
        MenuItem merge = item("Merge with…", "Shortcut+M", commands.mergeSelected());
        merge.setId("mergeMenu");
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), link, merge,
                new SeparatorMenuItem(), item("Find fact", "Shortcut+F", commands.focusFilter()));
        Menu articles = new Menu("_Articles", null,
                item("Add articles…", "Shortcut+I", commands.project()::addArticles),
                item("Add from web…", "Shortcut+Shift+I", commands.web()::addFromWeb),
                item("Rename source…", null, commands.articles()::renameChosen),
                item("Remove article…", null, commands.articles()::removeChosen));
        // Alt+Up/Down are handled by KeyBindings (so list and text areas cannot swallow them); shown here only.
        MenuItem next = new MenuItem("Next unresolved conflict\tAlt+Down");
        next.setOnAction(e -> workspace.selectNextUnresolved());
        MenuItem previous = new MenuItem("Previous unresolved conflict\tAlt+Up");
        previous.setOnAction(e -> workspace.selectPreviousUnresolved());
        CheckMenuItem inStep = new CheckMenuItem("Scroll in step");
        inStep.setId("scrollInStepMenu");
        inStep.selectedProperty().bindBidirectional(scrollInStep);
        Menu navigate = new Menu("_Navigate", null, next, previous, inStep);
        MenuItem preferencesItem = item("Preferences…", "Shortcut+Comma", commands.preferences()::edit);
        preferencesItem.setId("preferencesMenu");
        Menu settings = new Menu("_Settings", null, preferencesItem);
        MenuBar bar = new MenuBar(file, edit, articles, navigate, viewMenu(), settings);
        bar.setId("menuBar");
        return bar;
    }

    private Menu viewMenu() {
        MenuItem legend = item("Legend", null, view.showLegend());
        legend.setId("legendMenu");
        // F1 and "?" are handled by KeyBindings (so a focused control cannot swallow them); shown here only
        MenuItem keys = new MenuItem("Keyboard help\tF1 or ?");
        keys.setId("keyboardHelpMenu");
        keys.setOnAction(e -> view.showKeyboardHelp().run());
        Menu layout = new Menu("Article layout");
        ToggleGroup group = new ToggleGroup();
        for (PaneLayout option : PaneLayout.values()) {
            RadioMenuItem choice = new RadioMenuItem(option.label());
            choice.setId("layout-" + option.name());
            choice.setToggleGroup(group);
            choice.setSelected(view.layout().get() == option);
            choice.setOnAction(e -> view.layout().set(option));
            layout.getItems().add(choice);
        }
        view.layout().addListener((obs, old, now) -> group.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("layout-" + now.name()))));
        return new Menu("_View", null, legend, keys, new SeparatorMenuItem(), layout);
    }

    ToolBar toolBar() {
        Button undo = button("undoButton", "Undo", "Undo (Ctrl+Z)", workspace::undo);
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        Button redo = button("redoButton", "Redo", "Redo (Ctrl+Shift+Z)", workspace::redo);
        redo.disableProperty().bind(workspace.canRedoProperty().not());
        ToolBar bar = new ToolBar(
                button("openButton", "Open", "Open a project (Ctrl+O)", commands.project()::open),
                button("saveButton", "Save", "Save the project (Ctrl+S)", commands.project()::save),
                button("saveAsButton", "Save As", "Save under a new name (Ctrl+Shift+S)", commands.project()::saveAs),
                new Separator(),
                button("addArticlesButton", "Add articles", "Add article files and re-analyse (Ctrl+I)",
                        commands.project()::addArticles),
                button("addFromWebButton", "Add from web", "Add article pages by their web addresses, or drop a "
                        + "link from the browser on the window (Ctrl+Shift+I)", commands.web()::addFromWeb),
                button("exportButton", "Export report", "Write the reconciled report (Ctrl+E)",
                        commands.export()::exportReport),
                new Separator(), undo, redo, new Separator(),
                button("linkButton", "Link", "Link the text selected in two or more panes as one fact (Ctrl+L)",
                        commands.linkSelections()),
                new Separator(),
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
            item.setOnAction(e -> commands.project().openRecent(path));
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
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
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
