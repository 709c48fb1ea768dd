package app.reconcile.core.edit;

/** An edit that makes no sense for the current project; the message is for the editor. */
public class FactEditException extends Exception {
    public FactEditException(String message) {
        super(message);
    }
}
