package app.reconcile.ui.workspace;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** "Add from web": a text area for addresses, one a line, pre-filled with a link the clipboard holds. */
public final class WebAddressesDialog {
    private WebAddressesDialog() {
    }

    public static Optional<String> show(Window owner, String initial) {
        return create(owner, initial).showAndWait();
    }

    /** The dialog, not yet shown; its result is the text when the editor clicks Add, else null. */
    public static Dialog<String> create(Window owner, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Add articles from the web");
        dialog.setHeaderText("Addresses of article pages, one a line");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextArea addresses = new TextArea(initial == null ? "" : initial);
        addresses.setId("webAddresses");
        addresses.setPromptText("https://www.example.com/news/2025/08/06/story");
        addresses.setPrefColumnCount(60);
        addresses.setPrefRowCount(6);
        Label hint = new Label("Each page is fetched once; its outlet and date become the article's source and date. "
                + "Pages that cannot be fetched are listed with the reason.");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(8, addresses, hint));
        dialog.getDialogPane().lookupButton(add).setId("webAddressesConfirm");
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(addresses.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == add ? addresses.getText() : null);
        dialog.setOnShown(e -> addresses.requestFocus());
        return dialog;
    }
}
