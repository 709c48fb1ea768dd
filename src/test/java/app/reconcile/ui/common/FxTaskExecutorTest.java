package app.reconcile.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class FxTaskExecutorTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutdown() {
        executor.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        AtomicBoolean workedOnFx = new AtomicBoolean(true);
        AtomicBoolean deliveredOnFx = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();

        WaitForAsyncUtils.asyncFx(() -> executor.execute(BackgroundTask.of("t", monitor -> {
            workedOnFx.set(Platform.isFxApplicationThread());
            return "done";
        }).onSuccess(value -> {
            deliveredOnFx.set(Platform.isFxApplicationThread());
            result.set(value);
        })));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);

        assertThat(workedOnFx).isFalse();
        assertThat(deliveredOnFx).isTrue();
        assertThat(result).hasValue("done");
    }

    @Test
    void cancellingReachesTheWorkAndReportsACancellation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TaskHandle handle = WaitForAsyncUtils.asyncFx(() -> executor.execute(BackgroundTask.<String>of("t", monitor -> {
            started.countDown();
            while (!monitor.isCancelled()) {
                Thread.onSpinWait();
            }
            monitor.checkCancelled();
            return "never";
        }).onFailure(failure::set))).get();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(handle::cancel);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> failure.get() != null);

        assertThat(failure.get()).isInstanceOf(CancellationException.class);
    }
}
