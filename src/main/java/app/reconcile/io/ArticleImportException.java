package app.reconcile.io;

/** An article file that cannot be imported (binary, empty, too large, unreadable); message for the editor. */
public class ArticleImportException extends Exception {
    public ArticleImportException(String message) {
        super(message);
    }

    public ArticleImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
