package app.reconcile.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Dreconcile.startupTiming=print} (or {@code =exit}, which then closes the app), prints to stderr
 * how long after the process started the window first laid out readable article text, and when it first
 * laid out the analysed, highlighted project ({@code docs/performance.md}, "Start-up"). Measured at the
 * end of a pulse's layout, so the frame is drawn a few milliseconds later.
 */
final class StartUpTiming {
    private static final String PROPERTY = "reconcile.startupTiming";

    private StartUpTiming() {
    }

    static void reportIfAsked(MainWindow window) {
        String mode = System.getProperty(PROPERTY);
        Scene scene = window.stage().getScene();
        if (mode == null || scene == null) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long[] readableAt = {-1};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            long now = Duration.between(started, Instant.now()).toMillis();
            boolean texts = !window.articles().panes().isEmpty()
                    && window.articles().panes().stream().allMatch(p -> p.textArea().getWidth() > 0
                    && p.textArea().getLength() > 0);
            if (readableAt[0] < 0 && texts) {
                readableAt[0] = now;
            }
            if (readableAt[0] >= 0 && !window.workspace().getProject().facts().isEmpty()
                    && !window.workspace().activity().isBusy()) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.err.printf("startup: readable window %d ms, fully highlighted %d ms after process start%n",
                        readableAt[0], now);
                if ("exit".equals(mode)) {
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
