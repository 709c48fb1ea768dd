package app.reconcile.ui.support;

import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.common.TaskExecutor;
import app.reconcile.ui.common.TaskHandle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;

/** Holds tasks until the test says "now": lets a test act while background work is still running. */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> pending = new ArrayDeque<>();
    private final SynchronousTaskExecutor runner = new SynchronousTaskExecutor();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        pending.add(task);
        return () -> {
            if (pending.remove(task)) {
                task.onFailure().accept(new CancellationException("cancelled"));
            }
        };
    }

    /** Runs the oldest pending task to completion, callbacks included. */
    public void finishNext() {
        runner.execute(pending.removeFirst());
    }

    /** Runs the newest pending task: work that started later finishing first. */
    public void finishLast() {
        runner.execute(pending.removeLast());
    }

    public int pendingCount() {
        return pending.size();
    }
}
