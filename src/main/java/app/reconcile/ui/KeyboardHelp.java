package app.reconcile.ui;

import app.reconcile.ui.common.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.List;

/** Keyboard help (F1 or ?): every key of the window, in one table. */
final class KeyboardHelp {
    /** Key and what it does, in the order an editor meets them. */
    static final List<List<String>> KEYS = List.of(
            List.of("Alt+Down / Alt+Up", "Next / previous unresolved conflict (follows the filtered list)"),
            List.of("1…9", "Make the N-th value authoritative (and advance, if set in Preferences)"),
            List.of("Enter", "Accept the suggested (majority) value; on a tie the status line says why not"),
            List.of("Click a highlight", "Select its fact; click a version of the selected conflict to adopt it"),
            List.of("Ctrl+1…9", "Put the keyboard in the N-th article pane"),
            List.of("Tab / Shift+Tab", "Move between the fact list, the article panes and the value field"),
            List.of("Ctrl+F", "Filter the fact list: Down moves into the list, Enter selects, Esc clears"),
            List.of("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
            List.of("Ctrl+L", "Link the text selected in two or more panes as one fact"),
            List.of("Ctrl+M", "Merge the facts selected in the list"),
            List.of("Ctrl+O / Ctrl+S / Ctrl+Shift+S", "Open / save / save as"),
            List.of("Ctrl+I", "Add articles"),
            List.of("Ctrl+E", "Export the report"),
            List.of("Ctrl+,", "Preferences"),
            List.of("F1 or ?", "This help"));

    private KeyboardHelp() {
    }

    static GridPane create() {
        GridPane grid = new GridPane();
        grid.setId("keyboardHelp");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getStyleClass().add(StyleClasses.DECISION_CONTENT);
        for (int i = 0; i < KEYS.size(); i++) {
            Label key = new Label(KEYS.get(i).get(0));
            key.getStyleClass().add(StyleClasses.HELP_KEY);
            grid.addRow(i, key, new Label(KEYS.get(i).get(1)));
        }
        return grid;
    }
}
