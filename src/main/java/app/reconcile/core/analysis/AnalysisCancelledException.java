package app.reconcile.core.analysis;

/** Thrown out of an analysis when its {@link ProgressMonitor} says the user cancelled. */
public class AnalysisCancelledException extends RuntimeException {
    public AnalysisCancelledException() {
        super("analysis cancelled");
    }
}
