package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.AnalysisCancelledException;
import app.reconcile.core.analysis.ProgressMonitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns web addresses into {@link Article}s: fetches each page ({@link WebPageLoader}), reads what it says
 * about itself ({@link PageMetadata}) and keeps the article text as a saved page would
 * ({@link HtmlArticleExtractor}). The outlet becomes the article's source, so pane headers, the scoreboard
 * and the report name "The Harbour Times" rather than a file; the address and the publication date are kept.
 */
public final class WebArticleFetcher {
    /** Pages come from different sites, so a few at once; more would only compete for a slow connection. */
    private static final int PARALLEL_FETCHES = 4;
    private static final long POLL_MILLIS = 100;

    private final WebPageLoader loader;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    public WebArticleFetcher() {
        this(FetchLimits.defaults());
    }

    public WebArticleFetcher(FetchLimits limits) {
        this.loader = new WebPageLoader(limits);
    }

    /**
     * Fetches one page as the article with the given id.
     *
     * @throws ArticleImportException one line starting with {@code address}: a bad address, a network or HTTP
     *                                failure, not HTML, too large, or a page without article text
     */
    public Article fetch(String address, String id) throws ArticleImportException {
        URI uri = WebAddress.parse(address);
        WebPageLoader.Page page = loader.load(address.strip(), uri);
        Document doc = parse(page);
        PageMetadata meta = PageMetadata.of(doc, page.url());
        HtmlArticleExtractor.Extracted extracted = extractor.extract(doc);
        String text = ArticleFileReader.normalise(extracted.text());
        if (text.isBlank()) {
            throw new ArticleImportException(address.strip() + ": the page has no article text");
        }
        String title = TitleFinder.shorten(meta.title().isEmpty()
                ? PageMetadata.headline(extracted.title(), meta.outlet()) : meta.title());
        return new Article(id, meta.outlet(), title, text, page.url().toString(), meta.published());
    }

    /**
     * Fetches every address, a few at a time, and keeps what could be read: the articles in the order of
     * {@code addresses} with ids consecutive from {@code firstIndex}, and one message per address that failed.
     *
     * @throws AnalysisCancelledException when {@code monitor} is cancelled (or the thread interrupted) meanwhile
     */
    public ImportResult fetchEach(List<String> addresses, int firstIndex, ProgressMonitor monitor) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Fetched f : fetchAll(addresses, monitor)) {
            if (f.article() != null) {
                articles.add(f.article().withId("a" + (firstIndex + articles.size())));
            } else {
                problems.add(f.problem());
            }
        }
        return new ImportResult(articles, problems);
    }

    /** One address and what became of it: an article (with a placeholder id) or the one-line reason why not. */
    public record Fetched(String address, Article article, String problem) {
    }

    /**
     * Fetches every address, a few at a time; one outcome per address, in the same order, for callers that
     * place the articles among others (the command line mixes files and addresses).
     */
    public List<Fetched> fetchAll(List<String> addresses, ProgressMonitor monitor) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_FETCHES, addresses.size()), r -> {
            Thread t = new Thread(r, "reconcile-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Article>> pending = new ArrayList<>();
            for (String address : addresses) {
                pending.add(pool.submit(() -> fetch(address, "web")));
            }
            List<Fetched> outcomes = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                String address = addresses.get(i);
                monitor.progress((double) i / addresses.size(), "Fetching " + (i + 1) + " of " + addresses.size()
                        + ": " + address.strip());
                try {
                    outcomes.add(new Fetched(address, await(pending.get(i), monitor), null));
                } catch (ArticleImportException e) {
                    outcomes.add(new Fetched(address, null, e.getMessage()));
                }
            }
            monitor.progress(1, "Fetched " + outcomes.stream().filter(f -> f.article() != null).count() + " of "
                    + addresses.size() + " pages");
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Article await(Future<Article> future, ProgressMonitor monitor) throws ArticleImportException {
        while (true) {
            monitor.checkCancelled();
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still fetching: look at the cancel button again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalysisCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ArticleImportException problem) {
                    throw problem;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * jsoup picks the charset: the header's, else a byte-order mark or the page's meta tag, else UTF-8,
     * which is what browsers do too.
     */
    private static Document parse(WebPageLoader.Page page) throws ArticleImportException {
        String charset = page.charset() != null && Charset.isSupported(page.charset()) ? page.charset() : null;
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url().toString());
        } catch (IOException e) {
            throw new ArticleImportException(page.url() + ": the page could not be read (" + e.getMessage() + ")", e);
        }
    }
}
