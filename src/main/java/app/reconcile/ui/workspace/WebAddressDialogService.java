package app.reconcile.ui.workspace;

import app.reconcile.ui.common.DialogService;

import java.util.Optional;

/**
 * The dialogs of adding articles from the web: the common ones plus the address form. The form belongs to this
 * feature, so the question is declared here rather than in {@link DialogService}, which must not know any feature.
 */
public interface WebAddressDialogService extends DialogService {
    /** The text the editor typed or pasted (addresses, one a line), empty when cancelled. */
    Optional<String> askWebAddresses();
}
