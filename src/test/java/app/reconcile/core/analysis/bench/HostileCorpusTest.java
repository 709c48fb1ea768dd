package app.reconcile.core.analysis.bench;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.ResolutionStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostileCorpusTest {
    private static final List<String> SEEDS = List.of(
            "Russian strikes killed two people and injured 12 in the Zaporizhzhia region on Wednesday, officials said.",
            "Kremlin aide Yury Ushakov said the summit could take place within 10 days of the announcement.");

    @Test
    void aOneLinePairIsTwoSentencesOfTheRequestedLengthThatDifferInSomeNumbers() {
        List<Article> pair = new HostileCorpus(1).oneLinePair(20_000);

        assertThat(pair).hasSize(2).allSatisfy(a -> {
            assertThat(a.text().length()).isBetween(20_000, 20_100);
            assertThat(a.text()).doesNotContain("\n", ".").containsPattern("\\d+ cattle");
        });
        assertThat(pair.get(0).text()).isNotEqualTo(pair.get(1).text());
        assertThat(pair).isEqualTo(new HostileCorpus(1).oneLinePair(20_000));
    }

    @Test
    void aProjectHasTheRequestedFactsWithMentionsThatQuoteTheirArticles() {
        Project p = new HostileCorpus(2).project(SEEDS, 30, 60, 500);

        assertThat(p.articles()).hasSize(30);
        assertThat(p.facts()).hasSize(500).allSatisfy(f -> {
            assertThat(f.articleIds()).hasSize(2);
            for (Mention m : f.mentions()) {
                assertThat(p.articlesById().get(m.articleId()).text().substring(m.start(), m.end()))
                        .isEqualTo(m.text());
            }
        });
        assertThat(p.facts()).filteredOn(Fact::isConflict).isNotEmpty();
        assertThat(p.facts()).filteredOn(f -> f.status() == ResolutionStatus.RESOLVED).isNotEmpty();
    }

    @Test
    void impossibleSizesAreRefused() {
        HostileCorpus corpus = new HostileCorpus(3);
        assertThatThrownBy(() -> corpus.oneLinePair(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> corpus.project(SEEDS, 1, 60, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> corpus.project(SEEDS, 3, 60, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
