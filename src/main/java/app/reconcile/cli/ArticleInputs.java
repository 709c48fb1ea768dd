package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.io.ArticleImportException;
import app.reconcile.io.ArticleImporter;
import app.reconcile.io.ImportResult;
import app.reconcile.io.WebAddress;
import app.reconcile.io.WebArticleFetcher;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles the command line names, in its order and numbered a1, a2, ...: files and folders as the
 * importer reads them, web addresses fetched (a few at a time). The two fail differently on purpose: a file
 * that cannot be read stops the command, as it always has (the editor typed that name and can fix it), while
 * a page that cannot be fetched today is skipped with its reason, since the other pages are still worth
 * comparing.
 */
final class ArticleInputs {
    private final ArticleImporter importer;
    private final WebArticleFetcher fetcher;

    ArticleInputs(ArticleImporter importer, WebArticleFetcher fetcher) {
        this.importer = importer;
        this.fetcher = fetcher;
    }

    /**
     * @throws ArticleImportException for the first file or folder that cannot be read; nothing is fetched then
     */
    ImportResult read(List<String> inputs) throws ArticleImportException {
        // consecutive files and folders go to the importer together, which reads them in parallel
        List<List<Article>> fileRuns = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<Path> run = new ArrayList<>();
        List<Boolean> isAddress = new ArrayList<>();
        for (String input : inputs) {
            if (WebAddress.isWebAddress(input)) {
                flush(run, fileRuns, isAddress);
                addresses.add(input);
                isAddress.add(true);
            } else {
                run.add(path(input));
            }
        }
        flush(run, fileRuns, isAddress);
        List<WebArticleFetcher.Fetched> fetched = fetcher.fetchAll(addresses, ProgressMonitor.NONE);
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int nextRun = 0;
        int nextPage = 0;
        for (boolean address : isAddress) {
            if (!address) {
                fileRuns.get(nextRun++).forEach(a -> articles.add(a.withId("a" + (articles.size() + 1))));
                continue;
            }
            WebArticleFetcher.Fetched page = fetched.get(nextPage++);
            if (page.article() != null) {
                articles.add(page.article().withId("a" + (articles.size() + 1)));
            } else {
                problems.add(page.problem());
            }
        }
        return new ImportResult(articles, problems);
    }

    private void flush(List<Path> run, List<List<Article>> fileRuns, List<Boolean> isAddress)
            throws ArticleImportException {
        if (!run.isEmpty()) {
            fileRuns.add(importer.importPaths(List.copyOf(run), 1));
            isAddress.add(false);
            run.clear();
        }
    }

    private static Path path(String input) throws ArticleImportException {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw new ArticleImportException(input + ": not a valid file name (" + e.getReason() + ")", e);
        }
    }
}
