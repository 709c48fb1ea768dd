package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.FactFinder;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The non-UI collaborators the workspace works with, bundled so the composition root hands them over
 * in one piece and tests swap any of them.
 */
public record WorkspaceServices(FactFinder factFinder, ProjectStore projects, ArticleSource articles,
                                ReportWriter reports, RecoveryPort recovery, Supplier<List<Article>> seeds,
                                WebArticleSource web) {
    public WorkspaceServices {
        Objects.requireNonNull(factFinder, "factFinder");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(reports, "reports");
        recovery = recovery == null ? RecoveryPort.NONE : recovery;
        seeds = seeds == null ? List::of : seeds;
        web = web == null ? WebArticleSource.NONE : web;
    }

    /** Without the web: adding from an address says it is not available. */
    public WorkspaceServices(FactFinder factFinder, ProjectStore projects, ArticleSource articles,
                             ReportWriter reports, RecoveryPort recovery, Supplier<List<Article>> seeds) {
        this(factFinder, projects, articles, reports, recovery, seeds, null);
    }

    public WorkspaceServices withWeb(WebArticleSource source) {
        return new WorkspaceServices(factFinder, projects, articles, reports, recovery, seeds, source);
    }
}
