package app.reconcile.ui.common;

/** Every question and message the application puts to the editor, behind an interface so tests can answer. */
public interface DialogService {
    /** A failure the editor must read: a one-line message, never a stack trace. */
    void showError(String title, String message);

    void showInformation(String title, String message);

    SaveChoice askSaveChanges(String documentName);

    boolean confirm(String title, String question);

    /** A line of text from the editor, empty when cancelled. */
    java.util.Optional<String> askText(String title, String question, String initial);
}
