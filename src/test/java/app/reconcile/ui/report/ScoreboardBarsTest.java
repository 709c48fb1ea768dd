package app.reconcile.ui.report;

import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Scoreboard;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreboardBarsTest {

    private static List<ScoreboardBars.Bar> bars(Project project, String series) {
        return ScoreboardBars.of(Scoreboard.of(project)).stream().filter(s -> s.name().equals(series))
                .findFirst().orElseThrow().bars();
    }

    @Test
    void threeSeriesInStackingOrderWithOneBarPerSource() {
        List<ScoreboardBars.Series> series = ScoreboardBars.of(Scoreboard.of(TestProjects.small()));

        assertThat(series).extracting(ScoreboardBars.Series::name)
                .containsExactly(ScoreboardBars.AGREE, ScoreboardBars.CONTRADICT, ScoreboardBars.UNRESOLVED);
        assertThat(series.get(0).bars()).extracting(ScoreboardBars.Bar::source)
                .containsExactly("001.txt", "002.txt", "003.txt");
    }

    @Test
    void aDecisionMovesOpenConflictsToAgreeingAndContradicting() {
        Project decided = TestProjects.small().updateFact("f1", f -> f.withResolution(Resolution.choose(
                f.variants().stream().filter(v -> v.value().equals("2")).findFirst().orElseThrow(), "", "ed",
                Instant.EPOCH)));

        assertThat(bars(decided, ScoreboardBars.CONTRADICT)).extracting(ScoreboardBars.Bar::count)
                .containsExactly(1, 0, 0);
        assertThat(bars(decided, ScoreboardBars.AGREE)).extracting(ScoreboardBars.Bar::count)
                .containsExactly(1, 2, 1);
        assertThat(bars(decided, ScoreboardBars.UNRESOLVED)).extracting(ScoreboardBars.Bar::count)
                .containsExactly(1, 1, 0);
    }
}
