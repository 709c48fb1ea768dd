package app.reconcile.ui.workspace;

import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.io.ImportResult;

import java.util.List;

/**
 * Turns web addresses the editor adds into articles; production uses {@code WebArticleFetcher::fetchEach}, so
 * a page that cannot be fetched costs only that page (one message each). Runs off the FX thread; reports
 * progress and honours cancellation through {@code monitor}.
 */
@FunctionalInterface
public interface WebArticleSource {
    /** Where nothing may be fetched (tests that do not care): every address is refused with a message. */
    WebArticleSource NONE = (addresses, firstIndex, monitor) -> new ImportResult(List.of(),
            addresses.stream().map(a -> a + ": adding articles from the web is not available here").toList());

    ImportResult fetchEach(List<String> addresses, int firstIndex, ProgressMonitor monitor);
}
