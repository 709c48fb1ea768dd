package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Briefs of one sentence are compared like full reports: a word every sentence holds still counts as context. */
class ShortReportsTest {

    @Test
    void twoOneSentenceBriefsGiveTheirConflictAndTheirAgreement() {
        List<Article> briefs = List.of(
                new Article("a1", "a.txt", "A", "A ferry capsized off Basilan on Sunday, killing 14 people, the coast guard said."),
                new Article("a2", "b.txt", "B", "A ferry capsized off Basilan on Sunday, killing 15 people, the coast guard said."));

        List<Fact> facts = new Analyzer().findFacts(briefs, ProgressMonitor.NONE);

        assertThat(facts).filteredOn(Fact::isConflict).singleElement()
                .satisfies(f -> assertThat(f.mentions()).extracting(Mention::text).containsExactly("14", "15"));
        assertThat(facts).filteredOn(f -> f.verdict() == Verdict.AGREE)
                .flatExtracting(Fact::mentions).extracting(Mention::text).contains("Sunday");
    }

    @Test
    void aSumNamedByTheSameWordsInBothReportsConflictsWithoutACountedNoun() {
        List<Article> briefs = List.of(
                new Article("a1", "a.txt", "A", "The council in Leeds said on Tuesday that the repair would cost $4.5 million. "
                        + "Officials called it a precaution."),
                new Article("a2", "b.txt", "B", "Leeds council said on Tuesday that the repair would cost $5.4 million. "
                        + "Officials called it a precaution."));

        assertThat(new Analyzer().findFacts(briefs, ProgressMonitor.NONE)).filteredOn(Fact::isConflict).singleElement()
                .satisfies(f -> assertThat(f.mentions()).extracting(Mention::text)
                        .containsExactly("$4.5 million", "$5.4 million"));
    }
}
