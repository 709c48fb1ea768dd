package app.reconcile.ui.facts;

import app.reconcile.core.FactKind;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** "Link as same fact": asks for the fact's kind and label, pre-filled with a guess. */
public final class LinkDetailsDialog {
    private LinkDetailsDialog() {
    }

    public static Optional<LinkDetails> show(Window owner, LinkDetails suggested) {
        return create(owner, suggested).showAndWait();
    }

    /** The dialog, not yet shown; its result is the details when the editor clicks Link, else null. */
    public static Dialog<LinkDetails> create(Window owner, LinkDetails suggested) {
        Dialog<LinkDetails> dialog = new Dialog<>();
        dialog.setTitle("Link as same fact");
        dialog.setHeaderText("The selected passages state one fact");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ComboBox<FactKind> kind = new ComboBox<>();
        kind.getItems().setAll(FactKind.values());
        kind.setValue(suggested.kind());
        kind.setId("linkKind");
        TextField label = new TextField(suggested.label());
        label.setId("linkLabel");
        label.setPrefColumnCount(28);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Kind"), kind);
        grid.addRow(1, new Label("Label"), label);
        ButtonType link = new ButtonType("Link", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(link, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(link).setId("linkConfirm");
        dialog.getDialogPane().lookupButton(link).disableProperty().bind(kind.valueProperty().isNull());
        dialog.setResultConverter(button -> button == link ? new LinkDetails(kind.getValue(), label.getText()) : null);
        return dialog;
    }
}
