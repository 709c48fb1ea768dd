package app.reconcile.io;

import app.reconcile.core.MessageText;

/**
 * An article file that cannot be imported (binary, empty, too large, unreadable); the message is for the
 * editor, one safe line ({@link MessageText#line}) whatever the file is called.
 */
public class ArticleImportException extends Exception {
    public ArticleImportException(String message) {
        super(MessageText.line(message));
    }

    public ArticleImportException(String message, Throwable cause) {
        super(MessageText.line(message), cause);
    }
}
