package app.reconcile.ui.report;

import app.reconcile.ui.common.FileChooserService.ExportTarget;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.Optional;

/** The modal export dialog: an {@link ExportPane} with Export and Cancel; Export is enabled once complete. */
public final class ExportDialog {
    private ExportDialog() {
    }

    public static Optional<ExportTarget> show(Window owner, ExportDialogModel model) {
        return create(owner, model).showAndWait();
    }

    /** The dialog, not yet shown; its result is the export target when the editor clicks Export, else null. */
    public static Dialog<ExportTarget> create(Window owner, ExportDialogModel model) {
        Dialog<ExportTarget> dialog = new Dialog<>();
        dialog.setTitle("Export report");
        dialog.setHeaderText("Write the reconciled report");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new ExportPane(model));
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.setId("exportConfirm");
        exportButton.disableProperty().bind(model.completeProperty().not());
        dialog.setResultConverter(button -> button == export ? model.target().orElse(null) : null);
        return dialog;
    }
}
