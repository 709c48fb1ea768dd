package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.ControlCharacters;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever an article or the editor contains, every format stays well-formed and inert. */
class ReportRobustnessPropertiesTest {
    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> fragments = Arbitraries.of("<script>alert(1)</script>", "\" onmouseover=\"x", "'", "&amp;",
                "|", "#", "*", "_", "`", "\n", "\r\n", "=1+2", "-", "@", ",", "\"", "\u0000", "\u0007", "\uD800",
                "\u00dcn\u00efc\u00f8d\u00e9", "\uD83D\uDE00", "]]>", "<!--", "Mr. ", ". ", " ");
        return Arbitraries.oneOf(fragments, Arbitraries.strings().ofMaxLength(6))
                .list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static Project project(String hostile) {
        Article a = new Article("a1", hostile, hostile, hostile + " Four " + hostile);
        Article b = new Article("a 2", "b.txt", "B", "two");
        int four = a.text().indexOf(" Four ") + 1;
        Fact resolved = new Fact("f1", FactKind.NUMBER, hostile, Verdict.CONFLICT, List.of(
                new Mention("a1", four, four + 4, "Four", "4"), new Mention("a 2", 0, 3, "two", "2")),
                null, hostile)
                .withResolution(Resolution.custom("two" + hostile, hostile, hostile, ReportFixtures.DECIDED_AT));
        Fact open = new Fact("f2", FactKind.QUOTE, hostile, Verdict.CONFLICT, List.of(
                new Mention("a1", 0, hostile.length(), hostile, hostile), new Mention("a 2", 0, 3, "two", "two")));
        return new Project(List.of(a, b), List.of(resolved, open));
    }

    @Property(tries = 150)
    void htmlHasNoScriptsOrEventHandlers(@ForAll("hostile") String hostile) {
        Document doc = Jsoup.parse(exporter.render(project(hostile), ReportFormat.HTML));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(attr -> attr.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"))).isEmpty();
    }

    @Property(tries = 150)
    void teiIsWellFormedXml(@ForAll("hostile") String hostile) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String xml = exporter.render(project(hostile), ReportFormat.TEI);

        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));

        assertThat(doc.getElementsByTagNameNS(TeiXml.TEI_NS, "app").getLength()).isEqualTo(2);
    }

    @Property(tries = 150)
    void csvParsesBackIntoOneRowPerFactAndSource(@ForAll("hostile") String hostile) {
        List<List<String>> rows = CsvReportTest.parse(exporter.render(project(hostile), ReportFormat.CSV));

        assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(CsvReport.HEADER.size()));
        // control characters other than tab and line feed leave as U+FFFD (issue 13, point 16)
        assertThat(rows.get(1).get(11)).isEqualTo(CsvReport.defuse(ControlCharacters.replace(hostile)));
    }
}
