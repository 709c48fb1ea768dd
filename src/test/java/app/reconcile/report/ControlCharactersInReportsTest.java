package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.ControlCharacters;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 16: NUL, BEL, ESC and the other control characters (tab and line feed aside) that a saved
 * project may hold, in any string and far past the first 16K characters, never reach a report raw.
 */
class ControlCharactersInReportsTest {
    /** Every C0 control but tab and line feed, DEL and the C1 range (CSI 0x9B moves terminal cursors too). */
    static final String CONTROLS = controls();

    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    private static String controls() {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c <= 0x9F; c++) {
            if (ControlCharacters.isStray(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A project whose every string holds every control character, the article's after 20,000 characters. */
    static Project projectWithControls() {
        String filler = "Plain words of a long report. ".repeat(700);
        String text = filler + "Police said" + CONTROLS + " Four were hurt.\n" + CONTROLS + "\u001b[2J\u0007";
        Article a = new Article("a1" + CONTROLS, "a" + CONTROLS + ".txt", "Title" + CONTROLS, text);
        Article b = new Article("a2", "b.txt", "B", "Police said two were hurt.");
        int four = text.indexOf("Four");
        int said = text.indexOf("said" + CONTROLS);
        Fact number = new Fact("f1" + CONTROLS, FactKind.NUMBER, "hurt" + CONTROLS, Verdict.CONFLICT, List.of(
                new Mention(a.id(), four, four + 4, "Four", "4" + CONTROLS), new Mention("a2", 12, 15, "two", "2")),
                null, "detail" + CONTROLS)
                .withResolution(Resolution.custom("two" + CONTROLS, "note" + CONTROLS, "ed" + CONTROLS,
                        ReportFixtures.DECIDED_AT));
        String quoted = text.substring(said, said + 4 + CONTROLS.length());
        Fact quote = new Fact("f2", FactKind.QUOTE, "quote", Verdict.CONFLICT, List.of(
                new Mention(a.id(), said, said + quoted.length(), quoted, quoted), new Mention("a2", 7, 11, "said", "said")));
        return new Project(List.of(a, b), List.of(number, quote));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noFormatCarriesARawControlCharacter(ReportFormat format) {
        String report = exporter.render(projectWithControls(), format);
        // CSV ends its records with CR LF (RFC 4180); that CR is the only one allowed
        String checked = format == ReportFormat.CSV ? report.replace("\r\n", "\n") : report;

        assertThat(ControlCharacters.firstStray(checked)).as(format + " at %d", ControlCharacters.firstStray(checked))
                .isEqualTo(-1);
        assertThat(report).contains("hurt\uFFFD\uFFFD");
    }

    @Test
    void aCleanProjectIsExportedAsItIsWithoutACopy() {
        Project clean = ReportFixtures.project();

        assertThat(ProjectScrub.clean(clean)).isSameAs(clean);
    }

    @Test
    void replacingKeepsEveryMentionOnItsText() {
        Project scrubbed = ProjectScrub.clean(projectWithControls());

        for (Fact f : scrubbed.facts()) {
            for (Mention m : f.mentions()) {
                String text = scrubbed.article(m.articleId()).orElseThrow().text();
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(scrubbed.articles().get(0).text()).hasSameSizeAs(projectWithControls().articles().get(0).text());
    }
}
