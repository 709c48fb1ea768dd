package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles fetched from the web: the reports name their outlet, link the page and give its date. */
class WebSourcesReportTest {
    private static final Article FETCHED = new Article("a1", "The Harbour Times", "Ferry strikes pier",
            "Twelve people were injured.", "https://harbour.example/news/ferry?x=1|2", LocalDate.of(2025, 8, 6));
    private static final Article HOSTILE = new Article("a2", "Evil Daily", "Ferry", "Fourteen were injured.",
            "javascript:alert(1)", null);

    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());
    private final Project project = new Project(List.of(FETCHED, HOSTILE), List.of());

    @Test
    void htmlLinksTheOutletToItsPageAndGivesTheDate() {
        Document doc = Jsoup.parse(exporter.render(project, ReportFormat.HTML));

        var link = doc.selectFirst("#checked table.sources a");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("The Harbour Times");
        assertThat(link.attr("href")).isEqualTo(FETCHED.url());
        assertThat(doc.select("#checked table.sources tbody tr").get(0).text()).contains("The Harbour Times 2025-08-06");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        Document doc = Jsoup.parse(exporter.render(project, ReportFormat.HTML));

        assertThat(doc.select("#checked table.sources a")).hasSize(1);
        assertThat(doc.select("#checked table.sources tbody tr").get(1).text()).contains("Evil Daily");
        assertThat(exporter.render(project, ReportFormat.MD)).doesNotContain("javascript:");
    }

    @Test
    void markdownLinksTheOutletWithoutBreakingTheTable() {
        String md = exporter.render(project, ReportFormat.MD);

        assertThat(md).contains("| a1 | [The Harbour Times](<https://harbour.example/news/ferry?x=1%7C2>) (2025-08-06) |");
    }

    @Test
    void jsonCarriesTheAddressAndDateOnlyWhereKnown() throws Exception {
        JsonNode sources = new ObjectMapper().readTree(exporter.render(project, ReportFormat.JSON)).get("sources");

        assertThat(sources.get(0).get("source").asText()).isEqualTo("The Harbour Times");
        assertThat(sources.get(0).get("url").asText()).isEqualTo(FETCHED.url());
        assertThat(sources.get(0).get("published").asText()).isEqualTo("2025-08-06");
        assertThat(sources.get(1).has("published")).isFalse();
    }
}
