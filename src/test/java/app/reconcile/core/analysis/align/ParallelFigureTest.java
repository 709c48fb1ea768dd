package app.reconcile.core.analysis.align;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "183 passengers and six crew" / "181 passengers and 6 crew": two sentences that agree on one figure and
 * differ on the figure beside it tell the same thing, so the differing figures are one fact even when the rest
 * of the sentences share little.
 */
class ParallelFigureTest {
    private static final String A = """
            Jet skids off runway in Gdansk storm

            A jet carrying 183 passengers and six crew skidded off a wet runway on Saturday.
            The Windrose Air jet from Oslo veered off the runway in heavy rain at Gdansk airport.
            The airport said the runway in Gdansk would reopen on Monday.
            """;
    private static final String B = """
            Windrose Air jet leaves runway in Gdansk

            The plane, which had 181 passengers and 6 crew on board, was landing in the evening.
            The Windrose Air jet veered off the runway in heavy rain at Gdansk airport on Saturday.
            The runway in Gdansk would reopen on Monday, the airport said.
            """;

    @Test
    void anAgreeingFigureBesideTwoDifferingCountsOfOneThingMakesThemOneConflict() {
        List<Fact> facts = analyse(A, B);

        assertThat(facts).anySatisfy(f -> {
            assertThat(f.isConflict()).isTrue();
            assertThat(f.mentions()).extracting(m -> m.text()).containsExactlyInAnyOrder("183", "181");
        });
    }

    @Test
    void aHedgedAgreeingFigureStillMakesTheDifferingCountsOneConflict() {
        List<Fact> facts = analyse(A.replace("183 passengers and six crew", "183 passengers and some six crew"), B);

        assertThat(facts).anySatisfy(f -> {
            assertThat(f.isConflict()).isTrue();
            assertThat(f.mentions()).extracting(m -> m.text()).containsExactlyInAnyOrder("183", "181");
        });
    }

    private static List<Fact> analyse(String a, String b) {
        return new Analyzer().findFacts(List.of(new Article("a1", "a.txt", "", a), new Article("a2", "b.txt", "", b)),
                ProgressMonitor.NONE);
    }
}
