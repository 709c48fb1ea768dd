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
                .contains("~~Four~~ **[Two]** children are in hospital");
    }

    @Test
    void markupInANoteIsEscapedNotRendered() {
        String md = exporter.render(ReportFixtures.project(), ReportFormat.MD);

        assertThat(md).contains("- **Note:** \\<b\\>\"Ünïcødé\" & 'x'\\</b\\>").doesNotContain("<b>");
    }

    @Test
    void repeatedMentionsInOneSourceShowOneSentenceAndACount() {
        Article a = new Article("a1", "a.txt", "A", "Zelensky spoke. Later Zelensky left. Then Zelensky slept.");
        Article b = new Article("a2", "b.txt", "B", "Zelenskyy spoke.");
        Fact fact = new Fact("f1", FactKind.NAME, "spelling", Verdict.CONFLICT, List.of(
                new app.reconcile.core.Mention("a1", 0, 8, "Zelensky", "Zelensky"),
                new app.reconcile.core.Mention("a1", 22, 30, "Zelensky", "Zelensky"),
                new app.reconcile.core.Mention("a1", 42, 50, "Zelensky", "Zelensky"),
                ReportFixtures.mention(b, "Zelenskyy", "Zelenskyy")));

        String md = exporter.render(new Project(List.of(a, b), List.of(fact)), ReportFormat.MD);

        assertThat(md).contains("   - A: \u201c**Zelensky** spoke.\u201d (and 2 more mentions in this source)\n")
                .doesNotContain("Later **Zelensky** left");
    }
}
