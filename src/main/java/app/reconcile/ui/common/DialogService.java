package app.reconcile.ui.common;

import java.util.List;
import java.util.Optional;

/**
 * The questions and messages every part of the application puts to the editor, behind an interface so tests can
 * answer. A feature's own forms are asked through its extension of this interface (e.g. the export form), so
 * that common stays free of features.
 */
public interface DialogService {
    /** A failure the editor must read: a one-line message, never a stack trace. */
    void showError(String title, String message);

    /**
     * A failure in plain words, with the technical detail (parser message, position) kept behind a
     * "Details" expander for whoever has to repair the file.
     */
    default void showError(String title, String message, String details) {
        showError(title, message);
    }

    void showInformation(String title, String message);

    SaveChoice askSaveChanges(String documentName);

    boolean confirm(String title, String question);

    /** A line of text from the editor, empty when cancelled. */
    Optional<String> askText(String title, String question, String initial);

    /** One of {@code options} (shown with their {@code toString}), empty when cancelled. */
    <T> Optional<T> choose(String title, String question, List<T> options, T initial);

    /** The Preferences dialog, starting from {@code current}; the edited settings, empty when cancelled. */
    Optional<PreferencesForm> editPreferences(PreferencesForm current);
}
