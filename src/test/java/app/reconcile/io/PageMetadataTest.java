package app.reconcile.io;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page says about itself, in each place sites put it, and the order of trust between them. */
class PageMetadataTest {
    private static final URI URL = URI.create("https://www.harbour-times.example/news/ferry");

    private static PageMetadata of(String head, String body) {
        return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), URL);
    }

    @Test
    void openGraphAndArticleMetaComeFirst() {
        PageMetadata meta = of("""
                <meta property="og:site_name" content="The Harbour Times">
                <meta property="og:title" content="Ferry strikes pier">
                <meta property="article:published_time" content="2025-08-06T23:40:00+01:00">
                <script type="application/ld+json">{"datePublished": "2025-08-01", "publisher": {"name": "HT Media"}}</script>
                """, "<time datetime=\"2025-07-01\">1 July</time>");

        assertThat(meta).isEqualTo(new PageMetadata("The Harbour Times", LocalDate.of(2025, 8, 6), "Ferry strikes pier"));
    }

    @Test
    void jsonLdGivesTheDateAndPublisherInsideAGraph() {
        PageMetadata meta = of("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Site"},
                  {"@type": "NewsArticle", "datePublished": "2025-08-07T07:15:00Z",
                   "publisher": [{"@type": "NewsMediaOrganization", "name": "Coastal Daily"}]}]}
                </script>""", "");

        assertThat(meta.outlet()).isEqualTo("Coastal Daily");
        assertThat(meta.published()).isEqualTo(LocalDate.of(2025, 8, 7));
    }

    @Test
    void aBrokenJsonLdBlockIsSkippedAndTheNextOneRead() {
        PageMetadata meta = of("""
                <script type="application/ld+json">{"datePublished": </script>
                <script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2025-08-05"}]</script>
                """, "");

        assertThat(meta.published()).isEqualTo(LocalDate.of(2025, 8, 5));
    }

    @Test
    void theTimeElementInTheArticleIsPreferredToOneInTheSidebar() {
        PageMetadata meta = of("", """
                <aside><time datetime="2024-01-01">old story</time></aside>
                <article><p>Filed <time datetime="2025-08-06T21:02">6 Aug</time></p></article>""");

        assertThat(meta.published()).isEqualTo(LocalDate.of(2025, 8, 6));
    }

    @Test
    void withoutAnyMetadataTheOutletIsTheHostWithoutWwwAndTheDateUnknown() {
        PageMetadata meta = of("<title>Ferry</title>", "<p>Text</p>");

        assertThat(meta).isEqualTo(new PageMetadata("harbour-times.example", null, ""));
    }

    @Test
    void metaWrittenWithNameInsteadOfPropertyCountsToo() {
        PageMetadata meta = of("<meta name=\"og:site_name\" content=\"Wire\">"
                + "<meta name=\"article:published_time\" content=\"2025-08-04\">", "");

        assertThat(meta.outlet()).isEqualTo("Wire");
        assertThat(meta.published()).isEqualTo(LocalDate.of(2025, 8, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            2025-08-06                      | 2025-08-06
            2025-08-06T23:30:00+02:00       | 2025-08-06
            2025-08-06T23:30:00.000Z        | 2025-08-06
            ' 2025-08-06 21:00'             | 2025-08-06
            2025-02-30T10:00:00Z            | none
            06/08/2025                      | none
            Wednesday                       | none
            """)
    void theDayIsTheDatePartAsWritten(String text, String expected) {
        assertThat(PageMetadata.date(text).map(LocalDate::toString).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Ferry strikes pier | The Harbour Times ; The Harbour Times ; Ferry strikes pier
            Coastal Daily - Fourteen hurt          ; Coastal Daily     ; Fourteen hurt
            Fourteen hurt – COASTAL DAILY          ; Coastal Daily     ; Fourteen hurt
            Coastal Daily                          ; Coastal Daily     ; Coastal Daily
            Daily news roundup                     ; Coastal Daily     ; Daily news roundup
            """)
    void theOutletIsTakenOffThePageTitle(String title, String outlet, String headline) {
        assertThat(PageMetadata.headline(title, outlet)).isEqualTo(headline);
    }

    @Test
    void noNetworkIsSaidAsSuch() {
        WebPageLoader loader = new WebPageLoader(FetchLimits.defaults());
        URI url = URI.create("https://news.example/story");

        assertThat(loader.describe(new UnknownHostException("news.example"), url))
                .isEqualTo("the site news.example could not be found; check the address and the network connection");
        assertThat(loader.describe(new ConnectException(), url))
                .startsWith("could not connect to news.example (connection refused, or no network)");
        assertThat(loader.describe(new IOException("request timed out"), url))
                .isEqualTo("no answer within 15 s (the site is too slow or unreachable)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example/a       | true
            HTTP://news.example/a        | true
            ftp://news.example/a         | true
            file:///home/ed/a.html       | true
            http:news.example            | true
            seeds                        | false
            C:\\news\\story.html         | false
            ./https/story.html           | false
            """)
    void webAddressesAreToldApartFromFileNames(String input, boolean web) {
        assertThat(WebAddress.isWebAddress(input)).isEqualTo(web);
    }
}
