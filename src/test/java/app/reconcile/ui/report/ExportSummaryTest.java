package app.reconcile.ui.report;

import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ExportSummaryTest {

    @Test
    void countsArticlesFactsConflictsAndDecisions() {
        Project project = TestProjects.small()
                .updateFact("f1", f -> f.withResolution(Resolution.choose(f.variants().get(0), "", "ed", Instant.EPOCH)));

        assertThat(ExportSummary.of(project)).isEqualTo(new ExportSummary(3, 3, 2, 1, 0, 1));
    }

    @Test
    void describesTheCountsInWords() {
        assertThat(new ExportSummary(5, 40, 9, 2, 1, 6).describe())
                .isEqualTo("5 articles · 40 facts · 9 conflicts · 2 resolved · 1 dismissed · 6 unresolved");
    }
}
