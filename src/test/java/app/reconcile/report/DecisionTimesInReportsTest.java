package app.reconcile.report;

import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 9: the reader refuses decision times outside the years 1-9999, but a project built in memory
 * may hold any Instant; every format still exports it, the readable ones in ISO form.
 */
class DecisionTimesInReportsTest {
    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aDecisionAtTheEndsOfTimeIsExportedInEveryFormat(ReportFormat format) {
        for (Instant at : List.of(Instant.parse("+1000000000-01-01T00:00:00Z"), Instant.MAX, Instant.MIN)) {
            String report = exporter.render(decidedAt(at), format);

            assertThat(report).contains("Ann Editor");
        }
    }

    private static Project decidedAt(Instant at) {
        Project p = ReportFixtures.project();
        Fact first = p.facts().get(0);
        Resolution r = first.resolution();
        return p.updateFact(first.id(), f -> f.withResolution(new Resolution(r.status(), r.value(), r.display(),
                r.custom(), r.note(), r.author(), at)));
    }
}
