package app.reconcile.io;

/**
 * A project file that cannot be read. The message is written for the editor ("line 3: the file is not
 * a Reconcile project: ..."), never a stack trace.
 */
public class ProjectFileException extends Exception {
    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
