package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.core.analysis.ProgressMonitor;

import java.util.List;

/**
 * Runs the analysis engine once over two tiny built-in reports on a background thread, while the main thread
 * builds the command line. The first analysis in a process pays for loading classes, compiling patterns and
 * running cold code; the command-line set-up (picocli, about 0.2 s) leaves the second core idle meanwhile.
 * On the seeds this took the whole {@code analyze} process from 1.11 s to 0.97 s (hyperfine, 15 runs, quiet
 * 2-core machine; see docs/performance.md). The warm-up uses its own engine instance, so it shares no state
 * with the real analysis, and it is a daemon: the process never waits for it.
 */
public final class EngineWarmUp {
    private static final List<Article> SAMPLE = List.of(
            new Article("warm-1", "warm-1.txt", "Ferry", """
                    HARBOURTOWN, 7 August 2025 (Agency) - Twelve people were injured, including two children, \
                    when a ferry hit the pier on Wednesday, police said. Mayor Yury Ivanov called it "a very sad \
                    day" and promised $200m, about 25% of the budget, within 30 days.
                    Last month the ferry carried 1,250 passengers, the operator said."""),
            new Article("warm-2", "warm-2.txt", "Ferry", """
                    Police said 12 people were hurt and four of the injured were children after the ferry crash \
                    at the pier on August 6. Mayor Yuri Ivanov said it was "a sad day" and promised $200 million, \
                    some 25 percent of the budget, within a month.
                    In July the ferry carried more than 1,200 passengers, the operator said."""));

    private EngineWarmUp() {
    }

    /** Starts the warm-up of {@code engine}, which must be an instance the real analysis does not use. */
    public static void start(FactFinder engine) {
        Thread thread = new Thread(() -> warmUp(engine), "engine-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void warmUp(FactFinder engine) {
        try {
            engine.findFacts(SAMPLE, ProgressMonitor.NONE);
        } catch (RuntimeException e) {
            // only a head start: whatever went wrong here, the real analysis reports it itself
        }
    }

    static List<Article> sample() {
        return SAMPLE;
    }
}
