package app.reconcile.io;

import app.reconcile.core.MessageText;

/**
 * A project file that cannot be read. The message is written for the editor ("line 3: the file is not
 * a Reconcile project: ..."), never a stack trace, and it is one safe line ({@link MessageText#line}):
 * it quotes file names and project strings, which may hold anything.
 */
public class ProjectFileException extends Exception {
    private final String plainMessage;

    public ProjectFileException(String message) {
        this(message, message, null);
    }

    public ProjectFileException(String message, Throwable cause) {
        this(message, message, cause);
    }

    /**
     * @param message      the one line for the terminal, with the position and the parser's words
     * @param plainMessage the same problem for the window, in plain words, naming the file
     */
    public ProjectFileException(String message, String plainMessage, Throwable cause) {
        super(MessageText.line(message), cause);
        this.plainMessage = MessageText.line(plainMessage);
    }

    /** What is wrong, for an editor who has never seen JSON: no parser jargon. */
    public String plainMessage() {
        return plainMessage;
    }
}
