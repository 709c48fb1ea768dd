package app.reconcile.io;

import app.reconcile.core.Article;

import java.util.List;

/**
 * What a lenient import produced: the articles that could be read and one message per file that could not
 * (each starting with the file name), so the editor who drops ten files loses only the bad one.
 */
public record ImportResult(List<Article> articles, List<String> problems) {
    public ImportResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
