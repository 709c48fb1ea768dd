package app.reconcile.ui.workspace;

import app.reconcile.core.Resolution;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBarViewTest {

    @Test
    void countsSayHowManyConflictsAreResolvedDismissedAndOpen() {
        var project = TestProjects.small()
                .updateFact("f1", f -> f.withResolution(Resolution.choose(f.variants().get(0), "", "", Instant.EPOCH)));

        assertThat(StatusBarView.counts(project))
                .isEqualTo("3 facts · 2 conflicts: 1 resolved, 0 dismissed, 1 unresolved");
    }
}
