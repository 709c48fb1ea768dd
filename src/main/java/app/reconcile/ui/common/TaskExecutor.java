package app.reconcile.ui.common;

/**
 * The one way the UI runs slow work (analysis, loading, saving, exporting) off the FX thread. Callbacks
 * of the {@link BackgroundTask} always arrive on the FX thread, so view models never call
 * {@code Platform.runLater} themselves.
 */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting work and cancels what is running; called from {@code Application.stop()}. */
    default void shutdown() {
    }
}
