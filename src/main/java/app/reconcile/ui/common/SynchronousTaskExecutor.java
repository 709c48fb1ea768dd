package app.reconcile.ui.common;

import app.reconcile.core.analysis.ProgressMonitor;

/**
 * Runs every task at once on the calling thread: for tests, where the caller is the FX thread and the
 * result must be visible as soon as the command returns.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                task.onProgress().accept(new BackgroundTask.Progress(fraction, message));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T result;
        try {
            result = task.work().run(monitor);
        } catch (Exception | Error e) {
            task.onFailure().accept(e);
            return TaskHandle.DONE;
        }
        task.onSuccess().accept(result);
        return TaskHandle.DONE;
    }
}
