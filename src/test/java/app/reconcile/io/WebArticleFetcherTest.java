package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.AnalysisCancelledException;
import app.reconcile.core.analysis.ProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fetching article pages from a news site on the loopback interface, and every way that can fail. */
class WebArticleFetcherTest {
    private static LocalNewsSite site;
    /** A small size cap keeps the too-large cases fast; the default timeout, since the machine may be busy. */
    private final WebArticleFetcher fetcher = new WebArticleFetcher(FetchLimits.defaults()
            .withMaxBytes(LocalNewsSite.HUGE_BYTES / 2));
    private final WebArticleFetcher impatient = new WebArticleFetcher(FetchLimits.defaults()
            .withTimeout(Duration.ofMillis(700)));

    @BeforeAll
    static void startSite() {
        site = new LocalNewsSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void aPageBecomesAnArticleNamedAfterItsOutletWithItsAddressAndDate() throws Exception {
        Article article = fetcher.fetch(site.url(LocalNewsSite.HARBOUR), "a7");

        assertThat(article.id()).isEqualTo("a7");
        assertThat(article.source()).isEqualTo("The Harbour Times");
        assertThat(article.title()).isEqualTo("Ferry strikes pier in Port Ellis, injuring twelve");
        assertThat(article.url()).isEqualTo(site.url(LocalNewsSite.HARBOUR));
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 6));
    }

    @Test
    void theArticleTextKeepsTheStoryAndDropsTheSiteAroundIt() throws Exception {
        String text = fetcher.fetch(site.url(LocalNewsSite.HARBOUR), "a1").text();

        assertThat(text).startsWith("Ferry strikes pier in Port Ellis, injuring twelve\n")
                .contains("injuring twelve people, including two children")
                .contains("\"The captain reported a steering failure moments before the impact,\" Reyes said.")
                .doesNotContain("Most read", "cookies", "Sport", "All rights reserved", "analytics", "Search");
    }

    @Test
    void theDateComesFromJsonLdWhenThePageHasNoArticleMeta() throws Exception {
        Article article = fetcher.fetch(site.url(LocalNewsSite.COASTAL), "a1");

        assertThat(article.source()).isEqualTo("Coastal Daily");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 7));
    }

    @Test
    void withoutMetadataTheOutletIsTheHostAndTheDateTheTimeElement() throws Exception {
        Article article = fetcher.fetch(site.localhostUrl(LocalNewsSite.WIRE), "a1");

        assertThat(article.source()).isEqualTo("localhost");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 6));
        assertThat(article.title()).isEqualTo("Ferry hits pier");
    }

    @Test
    void theCharsetTheServerDeclaresIsUsed() throws Exception {
        Article article = fetcher.fetch(site.url(LocalNewsSite.LATIN1), "a1");

        assertThat(article.source()).isEqualTo("Le Petit Écho");
        assertThat(article.text()).contains("Café du Port");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 7));
    }

    @Test
    void aRedirectIsFollowedAndTheArticleKeepsTheAddressItEndedAt() throws Exception {
        Article article = fetcher.fetch(site.url(LocalNewsSite.MOVED), "a1");

        assertThat(article.source()).isEqualTo("The Harbour Times");
        assertThat(article.url()).isEqualTo(site.url(LocalNewsSite.HARBOUR));
    }

    @Test
    void everyRequestSaysItIsReconcile() throws Exception {
        fetcher.fetch(site.url(LocalNewsSite.WIRE), "a1");

        assertThat(site.userAgents).isNotEmpty().allSatisfy(agent -> assertThat(agent).startsWith("Reconcile/"));
        assertThat(FetchLimits.defaults().userAgent()).matches("Reconcile/\\S+ \\(.+\\)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            404 not found            | /news/no-such-story         | the page was not found (HTTP 404
            500 server error         | /news/server-error          | the site had an error (HTTP 500
            image, not HTML          | /images/ferry.png           | not a web page but image/png
            PDF, not HTML            | /reports/ferry.pdf          | not a web page but application/pdf
            too large, streamed      | /news/huge                  | the page is larger than 150 KB
            too large, declared      | /news/huge-declared         | the page is larger than 150 KB
            redirect loop            | /loop/a                     | the site redirects in a loop
            redirect to ftp          | /to-ftp                     | which is not an http or https address
            no article text          | /news/only-navigation       | the page has no article text
            """)
    @Timeout(10)
    void eachFailureIsOneLineNamingTheAddressAndTheReason(String why, String path, String reason) {
        String address = site.url(path);

        assertThatThrownBy(() -> fetcher.fetch(address, "a1"))
                .isInstanceOf(ArticleImportException.class)
                .hasMessageStartingWith(address + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Exception"));
    }

    @Test
    @Timeout(10)
    void aPageSlowerThanTheTimeoutFailsWithoutWaitingForIt() {
        String address = site.url(LocalNewsSite.SLOW);

        assertThatThrownBy(() -> impatient.fetch(address, "a1"))
                .hasMessage(address + ": no answer within 0.7 s (the site is too slow or unreachable)");
    }

    @Test
    void aClosedPortIsARefusedConnection() {
        String address = LocalNewsSite.closedPortUrl();
        String port = address.replaceAll(".*:(\\d+)/.*", "$1");

        assertThatThrownBy(() -> fetcher.fetch(address, "a1")).hasMessage(address + ": could not connect to 127.0.0.1:"
                + port + " (connection refused, or no network); check the address and the network connection");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.org/story.html      | only http:// and https:// addresses can be fetched, not ftp:
            file:///home/ed/story.html        | only http:// and https:// addresses can be fetched, not file:
            http://exa mple.org/story         | not a valid web address (illegal character in authority)
            https:///story                    | not a valid web address (no host name after https://)
            www.example.org/story             | not a web address; it must start with http:// or https://
            """)
    void addressesThatCannotBeFetchedAreRefusedBeforeAnyRequest(String address, String reason) {
        int requests = site.userAgents.size();

        assertThatThrownBy(() -> fetcher.fetch(address, "a1")).hasMessage(address + ": " + reason);
        assertThat(site.userAgents).hasSize(requests);
    }

    @Test
    void fetchingSeveralKeepsTheGoodPagesInOrderAndOneMessagePerBadOne() {
        List<String> addresses = List.of(site.url(LocalNewsSite.HARBOUR), site.url(LocalNewsSite.MISSING),
                "ftp://example.org/x", site.url(LocalNewsSite.COASTAL));

        ImportResult result = fetcher.fetchEach(addresses, 6, ProgressMonitor.NONE);

        assertThat(result.articles()).extracting(Article::id, Article::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a6", "The Harbour Times"),
                        org.assertj.core.groups.Tuple.tuple("a7", "Coastal Daily"));
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0)).startsWith(site.url(LocalNewsSite.MISSING) + ": ");
        assertThat(result.problems().get(1)).startsWith("ftp://example.org/x: ");
    }

    @Test
    @Timeout(5)
    void cancellingStopsWaitingForASlowPage() {
        WebArticleFetcher patient = new WebArticleFetcher(FetchLimits.defaults());
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> patient.fetchEach(List.of(site.url(LocalNewsSite.SLOW)), 1, cancelled))
                .isInstanceOf(AnalysisCancelledException.class);
    }
}
