package app.reconcile.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A news site on the loopback interface, started by a test on a free port: real-looking article pages (page
 * header, navigation, cookie notice, side bar, footer; Open Graph, article meta and JSON-LD) and one route per
 * way fetching can fail. Nothing here reaches the internet.
 */
public final class LocalNewsSite implements AutoCloseable {
    /** Bytes of the page at {@link #HUGE} (and {@link #HUGE_DECLARED}): over any small test limit. */
    public static final int HUGE_BYTES = 300 * 1024;

    public static final String HARBOUR = "/news/2025/08/06/ferry-strikes-pier";
    public static final String COASTAL = "/coastal/local/ferry-collision-injures-passengers";
    public static final String WIRE = "/wire/ferry";
    public static final String LATIN1 = "/latin1/cafe-owner";
    public static final String MOVED = "/old/ferry";
    public static final String MISSING = "/news/no-such-story";
    public static final String BROKEN = "/news/server-error";
    public static final String PHOTO = "/images/ferry.png";
    public static final String PDF = "/reports/ferry.pdf";
    public static final String HUGE = "/news/huge";
    public static final String HUGE_DECLARED = "/news/huge-declared";
    public static final String LOOP = "/loop/a";
    public static final String TO_FTP = "/to-ftp";
    public static final String SLOW = "/news/slow";
    public static final String NO_TEXT = "/news/only-navigation";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-news-site");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch released = new CountDownLatch(1);
    /** The User-Agent of every request, in order. */
    public final List<String> userAgents = new CopyOnWriteArrayList<>();

    public LocalNewsSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        html(HARBOUR, harbourTimes(), StandardCharsets.UTF_8);
        html(COASTAL, coastalDaily(), StandardCharsets.UTF_8);
        html(WIRE, wire(), StandardCharsets.UTF_8);
        html(LATIN1, latin1(), StandardCharsets.ISO_8859_1);
        html(NO_TEXT, page("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>", ""),
                StandardCharsets.UTF_8);
        redirect(MOVED, HARBOUR);
        redirect(LOOP, "/loop/b");
        redirect("/loop/b", "/loop/c");
        redirect("/loop/c", LOOP);
        redirect(TO_FTP, "ftp://127.0.0.1/ferry.html");
        status(MISSING, 404, "text/html", page("", "<h1>Page not found</h1>").getBytes(StandardCharsets.UTF_8));
        status(BROKEN, 500, "text/html", "<h1>Internal error</h1>".getBytes(StandardCharsets.UTF_8));
        status(PHOTO, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        status(PDF, 200, "application/pdf", "%PDF-1.7\n%...".getBytes(StandardCharsets.ISO_8859_1));
        huge(HUGE, false);
        huge(HUGE_DECLARED, true);
        server.createContext(SLOW, exchange -> {
            record(exchange);
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/html", harbourTimes().getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The same site under the name "localhost": for pages whose outlet falls back to the host name. */
    public String localhostUrl(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** An address on a port where nothing listens: the connection is refused. */
    public static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/news/story";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void html(String path, String body, Charset charset) {
        status(path, 200, "text/html; charset=" + charset.name().toLowerCase(), body.getBytes(charset));
    }

    private void status(String path, int status, String type, byte[] body) {
        server.createContext(path, exchange -> {
            record(exchange);
            send(exchange, status, type, body);
        });
    }

    private void redirect(String path, String location) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    /** Streamed without a length (chunked), or with an honest Content-Length the fetcher can refuse at once. */
    private void huge(String path, boolean declared) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, declared ? HUGE_BYTES : 0);
            byte[] line = "<p>Paragraph of a page that never ends, padded to be large.</p>\n"
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                int written = 0;
                while (written + line.length <= HUGE_BYTES) {
                    out.write(line);
                    written += line.length;
                }
                out.write(new byte[HUGE_BYTES - written]);
            } catch (IOException e) {
                // the client stopped reading at its limit
            }
        });
    }

    private void record(HttpExchange exchange) {
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to do
        }
    }

    /** Page chrome around an article: what the extractor must leave out. */
    private static String page(String head, String article) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                %s
                </head>
                <body>
                <div class="cookie-banner"><button>Accept all cookies</button></div>
                <header class="masthead"><a href="/">Home</a><form><input name="q" placeholder="Search"></form></header>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                <li><a href="/weather">Weather</a></li></ul></nav>
                <main>
                %s
                <aside><h2>Most read</h2><ol><li><a href="/a">Council approves budget</a></li>
                <li><a href="/b">Harbour festival returns</a></li></ol></aside>
                </main>
                <footer><p>© 2025 Newsroom Ltd. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
                <script>window.analytics = {page: "article"};</script>
                </body>
                </html>
                """.formatted(head, article);
    }

    private static String harbourTimes() {
        return page("""
                <title>Ferry strikes pier in Port Ellis, injuring twelve | The Harbour Times</title>
                <meta property="og:site_name" content="The Harbour Times">
                <meta property="og:title" content="Ferry strikes pier in Port Ellis, injuring twelve">
                <meta property="og:type" content="article">
                <meta property="article:published_time" content="2025-08-06T18:40:00+01:00">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Ferry strikes pier in Port Ellis, injuring twelve",
                 "datePublished": "2025-08-06T18:40:00+01:00",
                 "publisher": {"@type": "Organization", "name": "Harbour Times Media"}}
                </script>""", """
                <article>
                <h1>Ferry strikes pier in Port Ellis, injuring twelve</h1>
                <p class="byline">By Maria Olsen, Wednesday 6 August 2025</p>
                <p>A passenger ferry struck the main pier in Port Ellis on Wednesday evening, injuring twelve people, \
                including two children, the coastguard said.</p>
                <p>The MV Kestrel was carrying 148 passengers when it hit the pier at about 6.15pm, harbour master \
                John Reyes told reporters.</p>
                <p>"The captain reported a steering failure moments before the impact," Reyes said.</p>
                <p>Services from the pier were suspended until Friday.</p>
                </article>""");
    }

    private static String coastalDaily() {
        return page("""
                <title>Coastal Daily - Fourteen hurt as ferry hits Port Ellis pier</title>
                <meta property="og:site_name" content="Coastal Daily">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Coastal Daily", "url": "https://coastal.example/"},
                  {"@type": "NewsArticle", "headline": "Fourteen hurt as ferry hits Port Ellis pier",
                   "datePublished": "2025-08-07T07:15:00Z", "dateModified": "2025-08-07T09:00:00Z"}]}
                </script>""", """
                <article>
                <h1>Fourteen hurt as ferry hits Port Ellis pier</h1>
                <p>Fourteen people were injured, four of them children, when the ferry Kestrel hit the pier in Port \
                Ellis on Wednesday, officials said.</p>
                <p>The vessel had 150 passengers on board. Harbour master John Reyes said the captain had reported \
                "a steering problem" shortly before the collision at 6.15pm.</p>
                <p>Ferry services from the pier will resume on Friday.</p>
                </article>""");
    }

    /** No Open Graph, no JSON-LD: the outlet is the host name, the date comes from the time element. */
    private static String wire() {
        return page("<title>Ferry hits pier</title>", """
                <article>
                <h1>Ferry hits pier in Port Ellis</h1>
                <p>Filed <time datetime="2025-08-06T21:02">6 Aug 2025</time></p>
                <p>A ferry with 148 passengers hit a pier in Port Ellis on Wednesday, injuring 12 people.</p>
                </article>""");
    }

    /** Served as ISO-8859-1, as old sites still do: the header's charset must win over a UTF-8 guess. */
    private static String latin1() {
        return page("""
                <title>Café owner saw the ferry</title>
                <meta property="og:site_name" content="Le Petit Écho">
                <meta name="article:published_time" content="2025-08-07">""", """
                <article><h1>Café owner saw the ferry</h1>
                <p>The owner of the Café du Port said the ferry came in "far too fast".</p></article>""");
    }
}
