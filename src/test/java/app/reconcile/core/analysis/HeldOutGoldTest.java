package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-annotated evaluation corpora (src/test/resources/eval), scored as score.py does. The floor is what
 * the engine reaches today: a change that loses a found conflict, or raises a single false alarm, fails here.
 */
class HeldOutGoldTest {

    @ParameterizedTest(name = "{0}: at least {1} required conflicts found, no trap violated")
    @CsvSource(textBlock = """
            ferry,    6
            quake,    4
            election, 5
            layoffs,  3
            wildfire, 4
            train,    7
            court,    6
            retail,   7
            bridge,   7
            typhoon,  8
            ratecut,  7
            landing,  6
            shooting, 7
            measles,  8
            snapvote, 6
            dockstrike, 7
            summit,   7
            mine,     7
            protest,  8
            swap,     7
            final,    8
            earnings, 5
            heatwave, 7
            trial,    4
            """)
    void requiredConflictsAreFoundWithoutFalseAlarms(String corpus, int minimumFound) {
        List<Article> articles = EvalCorpus.articles(corpus);
        GoldScore score = GoldScore.of(corpus + "-gold.json", articles,
                new Analyzer().findFacts(articles, ProgressMonitor.NONE));

        assertThat(score.requiredFound()).as("found; missed %s", score.missed()).isGreaterThanOrEqualTo(minimumFound);
        assertThat(score.violated()).as("traps violated").isEmpty();
    }
}
