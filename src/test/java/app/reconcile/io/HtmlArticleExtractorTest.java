package app.reconcile.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void scriptsNavigationAndPageChromeAreDropped() {
        String html = """
                <html><head><title>Summit agreed</title><style>p { color: red }</style>
                <script>var tracking = "Four children";</script></head>
                <body><header><a href="/">Home</a></header><nav><ul><li>World</li><li>Sport</li></ul></nav>
                <div><p>Four children were among the injured.</p><p>Talks were   "useful".</p></div>
                <aside>Most read</aside><form><input value="Subscribe"></form>
                <noscript>Enable JS</noscript><footer>© Agency</footer></body></html>
                """;

        HtmlArticleExtractor.Extracted page = extractor.extract(html);

        assertThat(page.text()).isEqualTo("Four children were among the injured.\nTalks were \"useful\".");
        assertThat(page.title()).isEqualTo("Summit agreed");
    }

    @Test
    void theArticleElementIsPreferredOverTheRestOfTheBody() {
        String html = "<body><div>Cookie notice</div><main><p>Main text</p><article><h1>Headline</h1>"
                + "<p>Article text</p></article></main></body>";

        assertThat(extractor.extract(html).text()).isEqualTo("Headline\nArticle text");
    }

    @Test
    void mainIsUsedWhenThereIsNoArticle() {
        String html = "<body><div>Cookie notice</div><main><p>Main text</p></main></body>";

        assertThat(extractor.extract(html).text()).isEqualTo("Main text");
    }

    @Test
    void headingsParagraphsListItemsAndLineBreaksEachBecomeALine() {
        String html = "<body><h2>Key points</h2><ul><li>One <b>bold</b> point</li><li>Two</li></ul>"
                + "<p>Line one<br>Line two</p><blockquote><p>Quoted</p></blockquote></body>";

        assertThat(extractor.extract(html).text())
                .isEqualTo("Key points\nOne bold point\nTwo\nLine one\nLine two\nQuoted");
    }

    @Test
    void entitiesAndNonBreakingSpacesBecomePlainText() {
        String html = "<body><p>Caf&eacute;&nbsp;&ndash; &ldquo;quoted&rdquo; &amp; more</p></body>";

        assertThat(extractor.extract(html).text()).isEqualTo("Café – “quoted” & more");
    }

    @Test
    void withoutATitleTheFirstHeadingIsTheTitle() {
        String html = "<body><article><h1> Putin, Trump to meet </h1><p>text</p></article></body>";

        assertThat(extractor.extract(html).title()).isEqualTo("Putin, Trump to meet");
    }

    @Test
    void aPageWithNoTitleOrHeadingHasAnEmptyTitle() {
        assertThat(extractor.extract("<p>just text</p>").title()).isEmpty();
    }
}
