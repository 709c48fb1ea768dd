package app.reconcile.cli;

import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.core.analysis.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class EngineWarmUpTest {

    @Test
    void theSampleTakesTheEngineThroughEveryStageItWarmsUp() {
        List<Fact> facts = new Analyzer().findFacts(EngineWarmUp.sample(), ProgressMonitor.NONE);

        assertThat(facts).extracting(Fact::verdict).contains(Verdict.CONFLICT, Verdict.AGREE);
        assertThat(facts).extracting(Fact::kind)
                .contains(FactKind.NUMBER, FactKind.MONEY, FactKind.DATE, FactKind.NAME, FactKind.QUOTE);
    }

    @Test
    void aFailingEngineDoesNotEscapeTheWarmUp() {
        AtomicInteger calls = new AtomicInteger();
        FactFinder broken = (articles, monitor) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("broken");
        };

        assertThatCode(() -> EngineWarmUp.warmUp(broken)).doesNotThrowAnyException();
        assertThat(calls).hasValue(1);
    }
}
