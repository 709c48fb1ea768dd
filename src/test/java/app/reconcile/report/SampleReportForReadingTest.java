package app.reconcile.report;

import app.reconcile.io.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report of the seeds with three decisions ({@code assets/sample-project.json}), written to a file
 * and read back as a desk chief would: what was checked, open conflicts first, decided ones with who and why,
 * agreements as a compact table, one meaning per status word, clean quotes and clean corrected copies.
 */
class SampleReportForReadingTest {
    @TempDir
    static Path dir;
    private static Document doc;

    @BeforeAll
    static void export() throws Exception {
        Path out = dir.resolve("r.html");
        new ReportExporter(ReportFixtures.options())
                .write(new ProjectFiles().load(Path.of("assets", "sample-project.json")), ReportFormat.HTML, out);
        doc = Jsoup.parse(out.toFile(), StandardCharsets.UTF_8.name());
    }

    @Test
    void opensWithWhatWasCheckedThenOpenConflictsThenDecidedOnesThenTheRest() {
        List<String> sections = doc.select("body > section").eachAttr("id");

        assertThat(sections).containsExactly("checked", "summary", "open", "decided", "agreements", "corrections");
        assertThat(doc.select("#checked").text()).contains("5 articles compared on 2026-11-22 21:00 UTC");
        assertThat(doc.select("#checked table.sources tbody tr")).hasSize(5);
    }

    @Test
    void decidedConflictsGiveTheAuthoritativeValueWhoDecidedAndWhy() {
        List<Element> decided = doc.select("#decided article.fact");

        assertThat(decided).hasSize(3);
        for (Element card : decided) {
            assertThat(card.select(".outcome").text()).startsWith("Authoritative value: ").doesNotContain("open");
            assertThat(card.select(".decided").text()).matches("Decided by desk on .+\\. Why: .+");
        }
        assertThat(doc.select("#open article.fact")).isNotEmpty()
                .allSatisfy(card -> assertThat(card.select(".status").text()).isEqualTo("open"));
    }

    @Test
    void agreedAndCompatibleFactsAreCompactRowsNotCards() {
        assertThat(doc.select("article.fact.status-agreed, article.fact.status-compatible")).isEmpty();
        assertThat(doc.select("#agreements table.compact tr.fact-row")).hasSizeGreaterThan(40)
                .allSatisfy(row -> assertThat(row.select("td.status").text()).isIn("agreed", "compatible"));
    }

    @Test
    void everyStatusWordCountsTheSameInTheSummaryAndInTheBody() {
        for (Element figure : doc.select("#summary dd[data-status]")) {
            String word = figure.attr("data-status");
            long inBody = doc.select("#open .status, #decided .status, #agreements td.status").stream()
                    .filter(e -> e.text().equals(word)).count();
            assertThat(inBody).as(word).isEqualTo(Long.parseLong(figure.text()));
        }
        assertThat(doc.body().text()).doesNotContainIgnoringCase("unresolved");
    }

    @Test
    void quotationsAreNotDoubledAndApostrophesAreNoChangedWords() {
        String text = doc.body().text();

        assertThat(text).doesNotContain("\u201c\u201c", "\u201d\u201d", "\"\u201c", "\u201d\"");
        assertThat(doc.select(".worddiff del, .worddiff ins").eachText())
                .noneMatch(word -> word.matches("(?i)there.s|we.ve"));
    }

    @Test
    void correctedCopiesLeavePageFurnitureOutAndStartSentencesWithACapital() {
        Element copies = doc.getElementById("corrections");
        String text = copies.text();

        assertThat(text).doesNotContain("Accessibility links", "Breaking News");
        assertThat(copies.select("ins").eachText()).contains("Two");
        assertThat(text).contains("Two of the injured").doesNotContain("two of the injured");
        Set<String> paragraphs = new HashSet<>();
        assertThat(copies.select("p.copy-text").eachText()).allMatch(paragraphs::add);
    }
}
