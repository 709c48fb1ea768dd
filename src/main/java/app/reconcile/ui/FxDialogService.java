package app.reconcile.ui;

import app.reconcile.core.MessageText;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.PreferencesDialog;
import app.reconcile.ui.common.PreferencesForm;
import app.reconcile.ui.common.SaveChoice;
import app.reconcile.ui.facts.LinkDetails;
import app.reconcile.ui.facts.LinkDetailsDialog;
import app.reconcile.ui.report.ExportDialog;
import app.reconcile.ui.report.ExportDialogModel;
import app.reconcile.ui.workspace.WebAddresses;
import app.reconcile.ui.workspace.WebAddressesDialog;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link WindowDialogService} with JavaFX {@link Alert}s and each feature's dialog, owned by the main window. */
public final class FxDialogService implements WindowDialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message, String details) {
        errorWithDetails(title, message, details).showAndWait();
    }

    /** An error alert whose technical detail sits in the collapsed "Show Details" part, selectable for copying. */
    Alert errorWithDetails(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null && !details.isBlank() && !details.equals(message)) {
            TextArea text = new TextArea(details);
            text.setId("errorDetails");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(6);
            alert.getDialogPane().setExpandableContent(text);
        }
        return alert;
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + MessageText.quote(documentName) + " before closing?");
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, question);
        alert.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(MessageText.line(title));
        dialog.setHeaderText(MessageText.lines(question));
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String question, List<T> options, T initial) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, options);
        dialog.setTitle(MessageText.line(title));
        dialog.setHeaderText(MessageText.lines(question));
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<LinkDetails> askLinkDetails(LinkDetails suggested) {
        return LinkDetailsDialog.show(owner.get(), suggested);
    }

    @Override
    public Optional<FileChooserService.ExportTarget> askExport(ExportDialogModel model) {
        return ExportDialog.show(owner.get(), model);
    }

    /** Pre-filled with the links on the clipboard: the editor has usually just copied one from the browser. */
    @Override
    public Optional<String> askWebAddresses() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String copied = String.join("\n", WebAddresses.dropped(clipboard.hasUrl() ? clipboard.getUrl() : null,
                clipboard.hasString() ? clipboard.getString() : null));
        return WebAddressesDialog.show(owner.get(), copied.isEmpty() ? "" : copied + "\n");
    }

    @Override
    public Optional<PreferencesForm> editPreferences(PreferencesForm current) {
        return PreferencesDialog.show(owner.get(), current);
    }

    /**
     * Titles and messages are often built from file names and project strings ("Could not open " + name),
     * which may hold line breaks, bidi overrides or megabytes: each line is made safe ({@link MessageText}).
     */
    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, MessageText.lines(message));
        alert.setTitle(MessageText.line(title));
        alert.setHeaderText(MessageText.line(title));
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
