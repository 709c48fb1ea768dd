package app.reconcile.core.carry;

import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionCarrierTest {
    private static final Resolution DISMISSED = Resolution.dismiss("n", "ed", Instant.EPOCH);

    private static Fact fact(String id, Mention... mentions) {
        return new Fact(id, FactKind.NUMBER, id, Verdict.CONFLICT, List.of(mentions));
    }

    private static Mention m(String article, int start, int end) {
        return new Mention(article, start, end, "x".repeat(end - start), null);
    }

    @Test
    void aDecisionFollowsTheNewFactCoveringTheSameText() {
        Fact old = fact("f1", m("a1", 10, 14), m("a2", 3, 6)).withResolution(DISMISSED);
        List<Fact> fresh = List.of(fact("f1", m("a3", 0, 2)), fact("f2", m("a1", 10, 14), m("a2", 3, 6), m("a3", 5, 7)));

        DecisionCarrier.Outcome outcome = new DecisionCarrier().carry(List.of(old), fresh);

        assertThat(outcome.kept()).isEqualTo(1);
        assertThat(outcome.facts().get(1).resolution()).isEqualTo(DISMISSED);
        assertThat(outcome.facts().get(0).resolution()).isNull();
    }

    @Test
    void partlyOverlappingSpansStillMatch() {
        Fact old = fact("f1", m("a1", 10, 14)).withResolution(DISMISSED);

        DecisionCarrier.Outcome outcome = new DecisionCarrier().carry(List.of(old), List.of(fact("f9", m("a1", 12, 20))));

        assertThat(outcome.kept()).isEqualTo(1);
    }

    @Test
    void aDecisionWhoseTextIsNoLongerAFactIsReportedLost() {
        Fact old = fact("f1", m("a1", 10, 14)).withResolution(DISMISSED);

        DecisionCarrier.Outcome outcome = new DecisionCarrier().carry(List.of(old), List.of(fact("f1", m("a2", 10, 14))));

        assertThat(outcome.kept()).isZero();
        assertThat(outcome.lost()).containsExactly(old);
    }

    @Test
    void undecidedFactsAreNeitherKeptNorLost() {
        DecisionCarrier.Outcome outcome = new DecisionCarrier()
                .carry(List.of(fact("f1", m("a1", 1, 2))), List.of(fact("f1", m("a1", 1, 2))));

        assertThat(outcome.kept()).isZero();
        assertThat(outcome.lost()).isEmpty();
    }

    @Test
    void twoOldDecisionsNeverLandOnTheSameNewFact() {
        Fact first = fact("f1", m("a1", 0, 4)).withResolution(DISMISSED);
        Fact second = fact("f2", m("a1", 2, 6)).withResolution(DISMISSED);

        DecisionCarrier.Outcome outcome = new DecisionCarrier()
                .carry(List.of(first, second), List.of(fact("f1", m("a1", 0, 6))));

        assertThat(outcome.kept()).isEqualTo(1);
        assertThat(outcome.lost()).containsExactly(second);
    }
}
