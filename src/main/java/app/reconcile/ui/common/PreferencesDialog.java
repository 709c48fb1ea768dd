package app.reconcile.ui.common;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** Settings ▸ Preferences…: author name, auto-advance, scroll in step. */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    public static Optional<PreferencesForm> show(Window owner, PreferencesForm current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField author = new TextField(current.authorName());
        author.setId("prefAuthor");
        author.setPromptText("recorded with each decision");
        CheckBox autoAdvance = new CheckBox("Move to the next unresolved conflict after picking a value by key");
        autoAdvance.setId("prefAutoAdvance");
        autoAdvance.setSelected(current.autoAdvance());
        CheckBox scrollInStep = new CheckBox("Scroll the article panes in step");
        scrollInStep.setId("prefScrollInStep");
        scrollInStep.setSelected(current.scrollInStep());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Author name"), author);
        grid.add(autoAdvance, 0, 1, 2, 1);
        grid.add(scrollInStep, 0, 2, 2, 1);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(b -> new PreferencesForm(
                author.getText(), autoAdvance.isSelected(), scrollInStep.isSelected()));
    }
}
