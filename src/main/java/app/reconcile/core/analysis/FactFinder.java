package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;

import java.util.List;

/**
 * The analysis engine: finds the facts that two or more articles state and groups each fact's mentions.
 * Facts come back with ids "f1", "f2", ... and no resolutions; conflicts first.
 */
public interface FactFinder {
    List<Fact> findFacts(List<Article> articles, ProgressMonitor monitor);
}
