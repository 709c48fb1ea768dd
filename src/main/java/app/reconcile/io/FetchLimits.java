package app.reconcile.io;

import java.time.Duration;
import java.util.Objects;

/**
 * How far Reconcile goes for one web page: an editor waits for it, and a wrong link (a video, a dump, a site
 * that never answers) must fail quickly and clearly instead of filling memory or hanging the import.
 *
 * @param timeout      for connecting, and again for each wait for data
 * @param maxBytes     the largest page body accepted (after decompression)
 * @param maxRedirects how many redirects are followed before giving up
 * @param userAgent    the User-Agent header: who is asking, so site operators can tell
 */
public record FetchLimits(Duration timeout, int maxBytes, int maxRedirects, String userAgent) {
    /** Articles are a few hundred kilobytes of HTML at most; the cap matches the file importer's. */
    public static final int DEFAULT_MAX_BYTES = (int) ArticleImporter.MAX_FILE_BYTES;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public FetchLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static FetchLimits defaults() {
        return new FetchLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, defaultUserAgent());
    }

    public FetchLimits withTimeout(Duration newTimeout) {
        return new FetchLimits(newTimeout, maxBytes, maxRedirects, userAgent);
    }

    public FetchLimits withMaxBytes(int newMaxBytes) {
        return new FetchLimits(timeout, newMaxBytes, maxRedirects, userAgent);
    }

    /**
     * "Reconcile/0.1.0 (...)": the product and version, and what it does with the page, so an operator who
     * finds it in a log knows it is one editor adding one article, not a crawler.
     */
    static String defaultUserAgent() {
        String version = FetchLimits.class.getPackage().getImplementationVersion();
        return "Reconcile/" + (version == null ? "dev" : version)
                + " (desktop news-comparison app; fetches single article pages an editor adds; Java "
                + Runtime.version().feature() + ")";
    }
}
