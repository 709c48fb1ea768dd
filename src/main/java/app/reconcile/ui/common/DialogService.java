package app.reconcile.ui.common;

import app.reconcile.ui.report.ExportDialogModel;

import java.util.List;
import java.util.Optional;

/** Every question and message the application puts to the editor, behind an interface so tests can answer. */
public interface DialogService {
    /** A failure the editor must read: a one-line message, never a stack trace. */
    void showError(String title, String message);

    void showInformation(String title, String message);

    SaveChoice askSaveChanges(String documentName);

    boolean confirm(String title, String question);

    /** A line of text from the editor, empty when cancelled. */
    Optional<String> askText(String title, String question, String initial);

    /** One of {@code options} (shown with their {@code toString}), empty when cancelled. */
    <T> Optional<T> choose(String title, String question, List<T> options, T initial);

    /** Kind and label for text the editor links by hand as one fact, starting from {@code suggested}. */
    Optional<LinkDetails> askLinkDetails(LinkDetails suggested);

    /** Shows the export form bound to {@code model}; the editor's choice, empty when cancelled. */
    Optional<FileChooserService.ExportTarget> askExport(ExportDialogModel model);

    /** The Preferences dialog, starting from {@code current}; the edited settings, empty when cancelled. */
    Optional<PreferencesForm> editPreferences(PreferencesForm current);
}
