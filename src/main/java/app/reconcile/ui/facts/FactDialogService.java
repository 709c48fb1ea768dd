package app.reconcile.ui.facts;

import app.reconcile.ui.common.DialogService;

import java.util.Optional;

/**
 * The dialogs of the fact commands: the common ones plus the link form. The form belongs to this feature, so
 * the question is declared here rather than in {@link DialogService}, which must not know any feature.
 */
public interface FactDialogService extends DialogService {
    /** Kind and label for text the editor links by hand as one fact, starting from {@code suggested}. */
    Optional<LinkDetails> askLinkDetails(LinkDetails suggested);
}
