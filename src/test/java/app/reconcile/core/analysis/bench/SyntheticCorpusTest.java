package app.reconcile.core.analysis.bench;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticCorpusTest {
    private static final List<String> SEEDS = List.of(
            "Russian strikes killed two people and injured 12 in the Zaporizhzhia region on Wednesday, officials said.",
            "Kremlin aide Yury Ushakov said the summit could take place within 10 days of the announcement.");

    @Test
    void theSameSeedGivesTheSameCorpus() {
        List<Article> a = new SyntheticCorpus(SEEDS, 7).articles(3, 100);
        List<Article> b = new SyntheticCorpus(SEEDS, 7).articles(3, 100);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void articlesReachTheRequestedLengthAndCarryADate() {
        List<Article> articles = new SyntheticCorpus(SEEDS, 7).articles(4, 300);
        assertThat(articles).hasSize(4).allSatisfy(a -> {
            assertThat(a.text().split("\\s+").length).isGreaterThanOrEqualTo(300);
            assertThat(a.text()).startsWith("date 2025-08-07");
        });
    }

    @Test
    void seedsWithoutSentencesAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> new SyntheticCorpus(List.of("", "XS"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sentences");
    }
}
