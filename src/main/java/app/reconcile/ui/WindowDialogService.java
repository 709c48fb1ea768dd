package app.reconcile.ui;

import app.reconcile.ui.facts.FactDialogService;
import app.reconcile.ui.report.ExportDialogService;
import app.reconcile.ui.workspace.WebAddressDialogService;

/**
 * Every question the main window puts to the editor: the common dialogs and each feature's own. Only the
 * composition root knows all features, so this union lives here; each command asks for no more than its part.
 */
public interface WindowDialogService extends FactDialogService, ExportDialogService, WebAddressDialogService {
}
