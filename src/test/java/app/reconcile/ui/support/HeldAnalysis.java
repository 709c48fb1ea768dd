package app.reconcile.ui.support;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.core.analysis.ProgressMonitor;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real engine, held still the first time it reports a chosen step of a large enough analysis, until the
 * test lets it go: so a test can act "while the analysis runs" at a known point, without racing a fast machine.
 * Smaller analyses (the seeds the window opens on) pass straight through.
 */
public final class HeldAnalysis implements FactFinder {
    private final FactFinder engine;
    private final int minArticles;
    private final String step;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicReference<Throwable> outcome = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);

    public HeldAnalysis(FactFinder engine, int minArticles, String step) {
        this.engine = engine;
        this.minArticles = minArticles;
        this.step = step;
    }

    @Override
    public List<Fact> findFacts(List<Article> articles, ProgressMonitor monitor) {
        if (articles.size() < minArticles) {
            return engine.findFacts(articles, monitor);
        }
        try {
            return engine.findFacts(articles, new ProgressMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    monitor.progress(fraction, message);
                    if (message.startsWith(step) && reached.getCount() > 0) {
                        reached.countDown();
                        awaitQuietly(released);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            });
        } catch (RuntimeException | Error e) {
            outcome.set(e);
            throw e;
        } finally {
            finished.countDown();
        }
    }

    /** Waits until the engine is held at the step; false when it never got there. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return reached.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
    }

    /** Waits for the held analysis to end; what it threw, or null when it ended normally. */
    public Throwable awaitOutcome(long seconds) throws InterruptedException {
        if (!finished.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the analysis did not end within " + seconds + " s");
        }
        return outcome.get();
    }

    /** Cancelling interrupts the worker thread: that only ends the hold early. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
