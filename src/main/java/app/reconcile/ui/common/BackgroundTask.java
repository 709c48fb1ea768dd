package app.reconcile.ui.common;

import app.reconcile.core.analysis.ProgressMonitor;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of work for a {@link TaskExecutor}: what runs off the FX thread ({@code work}) and what runs
 * back on it ({@code onSuccess}, {@code onFailure}, {@code onProgress}).
 *
 * @param title      what the status bar says while it runs
 * @param work       the background part; it may report progress and must honour cancellation
 * @param onSuccess  called on the FX thread with the result
 * @param onFailure  called on the FX thread with the cause (a {@link java.util.concurrent.CancellationException}
 *                   when cancelled)
 * @param onProgress called on the FX thread with progress updates
 */
public record BackgroundTask<T>(String title, Work<T> work, Consumer<? super T> onSuccess,
                                Consumer<Throwable> onFailure, Consumer<Progress> onProgress) {

    /** The background part of a task. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    /** One progress update: fraction in 0..1 (negative when unknown) and a message. */
    public record Progress(double fraction, String message) {
    }

    public BackgroundTask {
        Objects.requireNonNull(work, "work");
        title = title == null ? "" : title;
        onSuccess = onSuccess == null ? r -> { } : onSuccess;
        onFailure = onFailure == null ? e -> { } : onFailure;
        onProgress = onProgress == null ? p -> { } : onProgress;
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work, null, null, null);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        return new BackgroundTask<>(title, work, handler, onFailure, onProgress);
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        return new BackgroundTask<>(title, work, onSuccess, handler, onProgress);
    }

    public BackgroundTask<T> onProgress(Consumer<Progress> handler) {
        return new BackgroundTask<>(title, work, onSuccess, onFailure, handler);
    }
}
