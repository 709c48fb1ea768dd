package app.reconcile.io;

import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Downloads one web page with jsoup, within {@link FetchLimits}: http and https only (also after a redirect),
 * a bounded number of redirects followed by hand so that a loop is recognised, HTML only, and a body cap that
 * fails instead of silently cutting the page. Every failure becomes one {@link ArticleImportException} whose
 * message starts with the address the editor gave.
 */
final class WebPageLoader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final FetchLimits limits;

    WebPageLoader(FetchLimits limits) {
        this.limits = limits;
    }

    /** The page's final address (after redirects), its declared charset (may be null) and its bytes. */
    record Page(URI url, String charset, byte[] body) {
    }

    Page load(String address, URI start) throws ArticleImportException {
        URI current = start;
        Set<URI> visited = new HashSet<>();
        visited.add(current);
        for (int redirects = 0; ; redirects++) {
            Connection.Response response = request(address, current);
            try {
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                    URI next = redirectTarget(address, current, response.header("Location"));
                    if (!visited.add(next)) {
                        throw problem(address, "the site redirects in a loop (back to " + next + ")");
                    }
                    if (redirects >= limits.maxRedirects()) {
                        throw problem(address, "the site redirects more than " + limits.maxRedirects() + " times");
                    }
                    current = next;
                    continue;
                }
                if (status < 200 || status >= 300) {
                    throw problem(address, HttpStatus.describe(status, response.statusMessage()));
                }
                String type = mediaType(response.contentType());
                if (type != null && !HTML_TYPES.contains(type)) {
                    throw problem(address, "not a web page but " + type + "; Reconcile reads HTML articles");
                }
                return new Page(current, response.charset(), body(address, response));
            } finally {
                close(response);
            }
        }
    }

    private Connection.Response request(String address, URI url) throws ArticleImportException {
        try {
            return Jsoup.connect(url.toASCIIString())
                    .userAgent(limits.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                    .timeout((int) Math.min(Integer.MAX_VALUE, limits.timeout().toMillis()))
                    .maxBodySize(0) // unlimited here: body() enforces the cap and says so, jsoup would truncate
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .execute();
        } catch (IOException e) {
            throw problem(address, describe(e, url), e);
        } catch (IllegalArgumentException e) {
            throw problem(address, "not a valid web address (" + e.getMessage() + ")", e);
        }
    }

    private URI redirectTarget(String address, URI from, String location) throws ArticleImportException {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw problem(address, "the site redirects to an invalid address (" + location + ")", e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw problem(address, "the site redirects to " + next + ", which is not an http or https address");
        }
        return next;
    }

    /** Reads at most one byte past the cap: enough to know the page is too large without holding all of it. */
    private byte[] body(String address, Connection.Response response) throws ArticleImportException {
        String declared = response.header("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}")
                && Long.parseLong(declared.strip()) > limits.maxBytes()) {
            throw tooLarge(address); // said up front: no need to download it to know
        }
        try (InputStream in = response.bodyStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > limits.maxBytes()) {
                    throw tooLarge(address);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw problem(address, describe(e, null), e);
        }
    }

    private ArticleImportException tooLarge(String address) {
        return problem(address, "the page is larger than " + megabytes(limits.maxBytes())
                + "; an article page is far smaller, so this is probably not one");
    }

    /**
     * One line for the editor: what went wrong in their terms, not the exception's class name. jsoup runs on
     * the JDK's HttpClient where it can, whose exceptions carry few messages (a refused connection is a bare
     * {@code ConnectException}), so refused and unreachable share one line.
     */
    String describe(IOException e, URI url) {
        String host = url == null || url.getHost() == null ? "the site" : url.getHost();
        if (isTimeout(e)) {
            return "no answer within " + seconds() + " (the site is too slow or unreachable)";
        }
        if (e instanceof UnknownHostException) {
            return "the site " + host + " could not be found; check the address and the network connection";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "could not connect to " + host + (url != null && url.getPort() > 0 ? ":" + url.getPort() : "")
                    + " (connection refused, or no network); check the address and the network connection";
        }
        if (e instanceof SSLException) {
            return "the secure connection to " + host + " failed (" + e.getMessage() + ")";
        }
        String m = e.getMessage();
        return "the page could not be fetched (" + (m == null ? e.getClass().getSimpleName() : m) + ")";
    }

    /** HttpClient's {@code HttpTimeoutException} ("request timed out") is not a {@code SocketTimeoutException}. */
    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof SocketTimeoutException || m.contains("timed out") || m.contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    private String seconds() {
        long ms = limits.timeout().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    private static String megabytes(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** "text/html; charset=utf-8" is "text/html"; null when the server did not say. */
    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static void close(Connection.Response response) {
        try {
            response.bodyStream().close();
        } catch (IOException | RuntimeException e) {
            // already read and closed, or never opened: nothing to release
        }
    }

    private static ArticleImportException problem(String address, String what) {
        return new ArticleImportException(address + ": " + what);
    }

    private static ArticleImportException problem(String address, String what, Throwable cause) {
        return new ArticleImportException(address + ": " + what, cause);
    }
}
