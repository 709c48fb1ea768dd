package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scored dev sample of the seed articles (dev-gold.json), scored as score.py does ({@link GoldScore}). */
class DevGoldRegressionTest {

    @Test
    void allRequiredConflictsAreFoundAndNoTrapIsViolated() {
        List<Article> articles = SeedCorpus.articles();
        GoldScore score = GoldScore.of("dev-gold.json", articles, new Analyzer().findFacts(articles, ProgressMonitor.NONE));

        assertThat(score.missed()).isEmpty();
        assertThat(score.violated()).isEmpty();
        assertThat(score.required()).isPositive();
    }
}
