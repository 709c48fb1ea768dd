package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Project;
import app.reconcile.core.Verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {
    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    @Test
    void pipeInASourceNameDoesNotAddATableColumn() {
        Article piped = new Article("a1", "left|right.txt", "A | B", "Four died.");
        Project project = new Project(List.of(piped), List.of(new Fact("f1", FactKind.NUMBER, "deaths",
                Verdict.AGREE, List.of(ReportFixtures.mention(piped, "Four", "4")))));

        String row = exporter.render(project, ReportFormat.MD).lines()
                .filter(l -> l.startsWith("| a1 ")).findFirst().orElseThrow();

        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(9);
    }

    @Test
    void correctedCopyUsesTheNotationTheLegendExplains() {
        String md = exporter.render(ReportFixtures.project(), ReportFormat.MD);

        assertThat(md).contains("Legend: `~~Four~~ **[two]**`")
                .contains("~~Four~~ **[two]** children are in hospital");
    }

    @Test
    void markupInANoteIsEscapedNotRendered() {
        String md = exporter.render(ReportFixtures.project(), ReportFormat.MD);

        assertThat(md).contains("- **Note:** \\<b\\>\"Ünïcødé\" & 'x'\\</b\\>").doesNotContain("<b>");
    }
}
