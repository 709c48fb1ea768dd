package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact's label says what is counted and, when the reports agree on it, what happened to it. */
class FactLabelsTest {
    private final Analyzer analyzer = new Analyzer();

    @Test
    void aCountToldWithOneEventSaysWhatHappened() {
        Fact toll = onlyConflict(
                "A bus plunged into a ravine near Cuzco on Monday, killing 14 people, police in the Cuzco region said.",
                "Police said the bus crash near Cuzco on Monday killed 16 people in the mountainous Cuzco region.");

        assertThat(toll.label()).startsWith("people killed");
    }

    @Test
    void aThingThatAlreadySaysWhatHappenedIsNotToldTwice() {
        Fact toll = onlyConflict(
                "Officials reported 14 deaths after the bus plunged into a ravine near Cuzco on Monday.",
                "Officials reported 16 deaths after the bus went into a ravine near Cuzco on Monday.");

        assertThat(toll.label()).startsWith("deaths").doesNotContain("killed");
    }

    @Test
    void whatAPersonHasOneOfIsNamedAsTheirs() {
        Fact record = onlyConflict("Klitschko, now 50-3 with 44 knockouts, retained the title in Mannheim.",
                "Klitschko, now 51-3 with 44 knockouts, retained the title in Mannheim.");
        Fact age = onlyConflict("Prosecutors said James Oler, 44, was charged in Creston on Wednesday.",
                "Prosecutors said James Oler, 45, was charged in Creston on Wednesday.");
        Fact title = onlyConflict("The offer was made by CEO Larry Lucchino in Boston on Monday.",
                "The offer was made by COO Larry Lucchino in Boston on Monday.");

        assertThat(record.label()).isEqualTo("Klitschko's record");
        assertThat(age.label()).isEqualTo("Oler's age");
        assertThat(title.label()).isEqualTo("Larry Lucchino's title");
    }

    private Fact onlyConflict(String first, String second) {
        List<Article> articles = List.of(
                new Article("a1", "a.txt", "A", first + "\nThe driver survived, the bus company said in Lima."),
                new Article("a2", "b.txt", "B", second + "\nThe driver survived, according to the bus company in Lima."));
        List<Fact> conflicts = analyzer.findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(Fact::isConflict).toList();
        assertThat(conflicts).hasSize(1);
        return conflicts.get(0);
    }
}
