package app.reconcile.ui.common;

/** A running (or finished) background task; cancelling a finished one does nothing. */
@FunctionalInterface
public interface TaskHandle {
    TaskHandle DONE = () -> { };

    void cancel();
}
