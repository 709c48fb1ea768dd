package app.reconcile.ui.report;

import app.reconcile.ui.common.DialogService;
import app.reconcile.ui.common.FileChooserService;

import java.util.Optional;

/**
 * The dialogs of the export command: the common ones plus the export form. The form and its model belong to
 * this feature, so the question is declared here rather than in {@link DialogService}, which must not know
 * any feature.
 */
public interface ExportDialogService extends DialogService {
    /** Shows the export form bound to {@code model}; the editor's choice, empty when cancelled. */
    Optional<FileChooserService.ExportTarget> askExport(ExportDialogModel model);
}
