package app.reconcile.ui.workspace;

import app.reconcile.core.analysis.AnalysisCancelledException;
import app.reconcile.io.ProjectFileException;
import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.TaskExecutor;
import app.reconcile.ui.common.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the status bar shows about background work: busy, progress, a message; and the Cancel button's
 * target. Wraps every task so busy is cleared however the task ends.
 */
public final class BackgroundActivity {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int running;
    private TaskHandle current = TaskHandle.DONE;

    public BackgroundActivity(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Runs {@code task}; on failure {@code onError} gets a one-line message for the editor, on cancel the
     * status bar says so and nothing else happens.
     */
    public <T> void run(BackgroundTask<T> task, Consumer<String> onError) {
        runExplained(task, (message, details) -> onError.accept(message));
    }

    /**
     * Runs {@code task}; on failure {@code onError} gets the message for the editor (plain words where the
     * failing layer wrote some) and the technical detail behind it.
     */
    public <T> void runExplained(BackgroundTask<T> task, BiConsumer<String, String> onError) {
        running++;
        busy.set(true);
        progress.set(-1);
        message.set(task.title() + "…");
        BackgroundTask<T> wrapped = task
                .onProgress(p -> {
                    progress.set(p.fraction());
                    if (p.message() != null && !p.message().isBlank()) {
                        message.set(p.message());
                    }
                })
                .onSuccess(result -> {
                    finished("");
                    task.onSuccess().accept(result);
                })
                .onFailure(error -> {
                    if (isCancellation(error)) {
                        finished(task.title() + " cancelled");
                    } else {
                        finished(task.title() + " failed");
                        onError.accept(messageOf(error), detailsOf(error));
                    }
                });
        current = executor.execute(wrapped);
    }

    public void cancel() {
        current.cancel();
    }

    /** Sets the status message for something that finished (or a hint). */
    public void say(String text) {
        message.set(text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void finished(String text) {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
        progress.set(0);
        message.set(text);
    }

    /** The technical line and the causes' messages: what a "Details" expander shows. */
    static String detailsOf(Throwable error) {
        StringBuilder details = new StringBuilder();
        for (Throwable t = error; t != null && details.length() < 2_000; t = t.getCause()) {
            details.append(details.length() == 0 ? "" : "\ncaused by: ").append(t.getClass().getSimpleName())
                    .append(t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        return details.toString();
    }

    private static boolean isCancellation(Throwable error) {
        return error instanceof CancellationException
                || error instanceof AnalysisCancelledException;
    }

    /** The exception's own message (written for the editor by io/report), or its type as a last resort. */
    static String messageOf(Throwable error) {
        String text = error instanceof ProjectFileException p ? p.plainMessage() : error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }
}
