package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\" onmouseover=\"x";
    private static final String HOSTILE = "Chief " + SCRIPT + " said " + ATTRIBUTE_BREAKOUT + "' onclick='y' Four";

    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    /** Every string an attacker controls (article id, file name, title, text, label, note, author) is hostile. */
    private static Project hostileProject() {
        String id = "a1" + ATTRIBUTE_BREAKOUT;
        Article hostile = new Article(id, SCRIPT + ".txt", HOSTILE, HOSTILE + "\nSecond line.");
        Article plain = new Article("a2", "plain.txt", "Plain", "Officials counted two injured.");
        Fact fact = new Fact("f1" + ATTRIBUTE_BREAKOUT, FactKind.NUMBER, SCRIPT, Verdict.CONFLICT, List.of(
                ReportFixtures.mention(hostile, "Four", "4" + SCRIPT),
                ReportFixtures.mention(plain, "two", "2")),
                null, ATTRIBUTE_BREAKOUT + SCRIPT)
                .withResolution(Resolution.custom(SCRIPT + " two", HOSTILE, ATTRIBUTE_BREAKOUT,
                        ReportFixtures.DECIDED_AT));
        return new Project(List.of(hostile, plain), List.of(fact));
    }

    @Test
    void hostileArticleAndEditorStringsProduceNoScriptElements() {
        Document doc = Jsoup.parse(exporter.render(hostileProject(), ReportFormat.HTML));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.text()).contains(SCRIPT);
    }

    @Test
    void hostileStringsProduceNoEventHandlerAttributes() {
        Document doc = Jsoup.parse(exporter.render(hostileProject(), ReportFormat.HTML));

        List<String> handlers = doc.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey)
                .filter(key -> key.toLowerCase(java.util.Locale.ROOT).startsWith("on"))
                .toList();
        assertThat(handlers).isEmpty();
    }

    @Test
    void rawOutputNeverContainsAnUnescapedScriptTagOrHandler() {
        String html = exporter.render(hostileProject(), ReportFormat.HTML);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("onmouseover=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void reportIsSelfContainedWithoutScriptsLinksOrRemoteResources() {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));

        assertThat(doc.select("script, link, iframe, img, object, embed, [src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("@media print").doesNotContain("@import", "url(http");
    }

    @Test
    void summaryShowsTheCountsOfTheProject() {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));

        // open, decided, dismissed, compatible, agreed
        assertThat(doc.select("#summary dd").eachText()).containsExactly("1", "3", "1", "1", "1");
    }

    @Test
    void correctedCopyStrikesTheContradictingWordsAndInsertsTheAuthoritativeValue() {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));
        Element copy = doc.getElementById("copy-a3");

        assertThat(copy).isNotNull();
        assertThat(copy.select("del").eachText()).containsExactly("Four", "John Smith");
        assertThat(copy.select("ins").eachText()).containsExactly("Two", "Jonathan Smith");
    }

    /**
     * A newspaper page glued a "SEE ALSO:" teaser to the article's own sentence (as in the first seed): the
     * sentence shown for the mention leaves the teaser out, by the same rule as the corrected copy.
     */
    @Test
    void theContextOfAMentionLeavesOutATeaserGluedToItsSentenceAsTheCorrectedCopyDoes(@TempDir Path dir)
            throws IOException {
        String teaser = "SEE ALSO: As Trump's Deadline For A Ukraine Peace Deal Draws Close, Here's What To Watch";
        String sentence = "\"There's a good chance that there will be a meeting very soon,\" Trump said after his "
                + "spokeswoman confirmed he was open to a meeting with Putin.";
        Article glued = new Article("a1", "wire.txt", "Trump open to meeting Putin",
                "Trump open to meeting Putin\n" + teaser + sentence + "\nThe talks would be the first since 2021.\n");
        Article plain = new Article("a2", "daily.txt", "Leaders to meet",
                "Leaders to meet\nTrump and Putin will meet next week, an aide said.\n");
        Fact when = new Fact("f1", FactKind.DATE, "when the leaders meet", Verdict.CONFLICT, List.of(
                ReportFixtures.mention(glued, "very soon", "soon"), ReportFixtures.mention(plain, "next week", "next week")))
                .withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED, "next week", "next week",
                        false, "", "Ann Editor", ReportFixtures.DECIDED_AT));
        Path file = dir.resolve("report.html");

        exporter.write(new Project(List.of(glued, plain), List.of(when)), ReportFormat.HTML, file);

        Document doc = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        Element context = doc.select("#fact-f1 .mentions li").stream()
                .filter(li -> li.select("mark").text().equals("very soon")).findFirst().orElseThrow();
        assertThat(context.text()).doesNotContain("SEE ALSO").doesNotContain("What To Watch")
                .contains("\"There's a good chance that there will be a meeting very soon,\" Trump said");
        Element copy = doc.getElementById("copy-a1");
        assertThat(copy).isNotNull();
        assertThat(copy.select("del").eachText()).containsExactly("very soon");
        assertThat(copy.select(".copy-text").text()).doesNotContain("SEE ALSO").startsWith("\"There's a good chance");
    }

    @Test
    void eachMentionIsMarkedInsideItsSentence() {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));
        Element fact = doc.getElementById("fact-f3");

        assertThat(fact).isNotNull();
        assertThat(fact.select("mark").eachText()).containsExactly("31", "More than 40");
        assertThat(fact.select(".mentions li").first().text())
                .contains("injured 31 people, including two children, officials said.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            f1, two
            f2, dismissed
            f3, open, not yet decided
            f5, Jonathan Smith
            """)
    void everyFactSaysItsAuthoritativeValueOrWhyThereIsNone(String factId, String outcome) {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));

        assertThat(doc.select("#fact-" + factId + " .outcome").text()).startsWith("Authoritative value: " + outcome);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(textBlock = """
            f4, $200m, agreed
            f7, 1998 / June 1998, compatible
            """)
    void factsWithoutAContradictionAreOneTableRowWithTheirValueAndStatus(String factId, String value, String status) {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));

        assertThat(doc.select("#agreements tr#fact-" + factId + " td").eachText()).containsSequence(value, status);
    }

    @Test
    void scoreboardChartCarriesReadableNumbersForEverySource() {
        Document doc = Jsoup.parse(exporter.render(ReportFixtures.project(), ReportFormat.HTML));

        assertThat(doc.select("svg.scoreboard text").eachText())
                .contains("Blast at depot injures…", "3 agree · 0 contradict · 1 open (of 6)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a & b              | a &amp; b
            <i>                | &lt;i&gt;
            say "hi"           | say &quot;hi&quot;
            it's               | it&#39;s
            plain Ünïcødé      | plain Ünïcødé
            """)
    void escapesTheFiveSignificantCharacters(String raw, String escaped) {
        assertThat(Html.escape(raw)).isEqualTo(escaped);
    }
}
