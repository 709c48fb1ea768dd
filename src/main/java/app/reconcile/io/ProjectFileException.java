package app.reconcile.io;

import app.reconcile.core.MessageText;

/**
 * A project file that cannot be read. The message is written for the editor ("line 3: the file is not
 * a Reconcile project: ..."), never a stack trace, and it is one safe line ({@link MessageText#line}):
 * it quotes file names and project strings, which may hold anything.
 */
public class ProjectFileException extends Exception {
    public ProjectFileException(String message) {
        super(MessageText.line(message));
    }

    public ProjectFileException(String message, Throwable cause) {
        super(MessageText.line(message), cause);
    }
}
