package app.reconcile.core.analysis;

/** How long-running analysis reports progress and learns that the user cancelled. */
public interface ProgressMonitor {
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0..1 */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link AnalysisCancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new AnalysisCancelledException();
        }
    }
}
