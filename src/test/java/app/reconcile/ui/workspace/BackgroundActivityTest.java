package app.reconcile.ui.workspace;

import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.support.ManualTaskExecutor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundActivityTest {
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final BackgroundActivity activity = new BackgroundActivity(executor);
    private final List<String> errors = new ArrayList<>();

    @Test
    void busyWhileATaskRunsWithItsTitleInTheStatus() {
        activity.run(BackgroundTask.of("Analysing 5 articles", monitor -> "x"), errors::add);

        assertThat(activity.isBusy()).isTrue();
        assertThat(activity.messageProperty().get()).isEqualTo("Analysing 5 articles…");
        assertThat(activity.progressProperty().get()).isNegative();
    }

    @Test
    void progressReportsReachTheStatusBarAndAreClearedAtTheEnd() {
        List<String> seen = new ArrayList<>();
        activity.run(BackgroundTask.of("Analysing", monitor -> {
            monitor.progress(0.5, "Aligning quotes");
            seen.add(activity.progressProperty().get() + " " + activity.messageProperty().get());
            return "x";
        }), errors::add);

        executor.finishNext();

        assertThat(seen).containsExactly("0.5 Aligning quotes");
        assertThat(activity.isBusy()).isFalse();
        assertThat(activity.progressProperty().get()).isZero();
    }

    @Test
    void cancellingEndsTheTaskQuietly() {
        activity.run(BackgroundTask.of("Analysing", monitor -> "x"), errors::add);

        activity.cancel();

        assertThat(activity.isBusy()).isFalse();
        assertThat(activity.messageProperty().get()).isEqualTo("Analysing cancelled");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFailureReachesTheEditorAsItsMessage() {
        activity.run(BackgroundTask.of("Saving", monitor -> {
            throw new IOException("The disk is full");
        }), errors::add);

        executor.finishNext();

        assertThat(errors).containsExactly("The disk is full");
        assertThat(activity.messageProperty().get()).isEqualTo("Saving failed");
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsType() {
        activity.run(BackgroundTask.of("Saving", monitor -> {
            throw new IllegalStateException();
        }), errors::add);

        executor.finishNext();

        assertThat(errors).containsExactly("IllegalStateException");
    }
}
