package app.reconcile.ui.common;

import app.reconcile.core.analysis.ProgressMonitor;
import javafx.concurrent.Task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The production executor: each {@link BackgroundTask} becomes a {@link javafx.concurrent.Task} on a
 * small daemon thread pool; JavaFX delivers its state changes on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;

    public FxTaskExecutor() {
        this.pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "reconcile-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        MonitoredTask<T> fxTask = new MonitoredTask<>(task.work());
        fxTask.setOnSucceeded(e -> task.onSuccess().accept(fxTask.getValue()));
        fxTask.setOnFailed(e -> task.onFailure().accept(fxTask.getException()));
        fxTask.setOnCancelled(e -> task.onFailure().accept(new CancellationException("cancelled")));
        fxTask.progressProperty().addListener((obs, old, now) ->
                task.onProgress().accept(new BackgroundTask.Progress(now.doubleValue(), fxTask.getMessage())));
        pool.execute(fxTask);
        return () -> fxTask.cancel(true);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }

    /** Bridges the engine's {@link ProgressMonitor} to the task's progress and cancelled state. */
    private static final class MonitoredTask<T> extends Task<T> implements ProgressMonitor {
        private final BackgroundTask.Work<T> work;

        MonitoredTask(BackgroundTask.Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void progress(double fraction, String message) {
            updateMessage(message);
            updateProgress(fraction, 1.0);
        }
    }
}
