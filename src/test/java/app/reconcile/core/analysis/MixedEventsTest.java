package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder holding reports of several events: facts stay inside one event, scores stay as when run alone. */
class MixedEventsTest {
    private static final String[] CORPORA = {"seeds", "ferry", "quake", "election", "layoffs", "wildfire", "train", "court", "retail", "bridge",
        "typhoon", "ratecut", "landing", "shooting", "measles", "snapvote", "dockstrike",
        "summit", "mine", "protest", "swap", "final", "earnings", "trial"};

    private static List<Article> mixed;
    private static List<Fact> facts;

    @BeforeAll
    static void analyseAllCorporaTogether() {
        mixed = EvalCorpus.articles(CORPORA);
        facts = new Analyzer().findFacts(mixed, ProgressMonitor.NONE);
    }

    @Test
    void noFactJoinsArticlesOfDifferentEvents() {
        Map<String, String> corpusOf = new java.util.HashMap<>();
        for (String corpus : CORPORA) {
            Set<String> sources = EvalCorpus.articles(corpus).stream().map(Article::source).collect(Collectors.toSet());
            mixed.stream().filter(a -> sources.contains(a.source())).forEach(a -> corpusOf.put(a.id(), corpus));
        }

        assertThat(facts).isNotEmpty().allSatisfy(f -> assertThat(f.mentions().stream().map(Mention::articleId)
                .map(corpusOf::get).distinct()).as(f.label()).hasSize(1));
    }

    @ParameterizedTest(name = "{0} scores as when analysed alone")
    @CsvSource(textBlock = """
            seeds,    dev-gold.json
            ferry,    ferry-gold.json
            quake,    quake-gold.json
            election, election-gold.json
            layoffs,  layoffs-gold.json
            wildfire, wildfire-gold.json
            train,    train-gold.json
            court,    court-gold.json
            retail,   retail-gold.json
            bridge,   bridge-gold.json
            typhoon,  typhoon-gold.json
            ratecut,  ratecut-gold.json
            landing,  landing-gold.json
            shooting, shooting-gold.json
            measles,  measles-gold.json
            snapvote, snapvote-gold.json
            dockstrike, dockstrike-gold.json
            summit,   summit-gold.json
            mine,     mine-gold.json
            protest,  protest-gold.json
            swap,     swap-gold.json
            final,    final-gold.json
            earnings, earnings-gold.json
            trial,    trial-gold.json
            """)
    void eachCorpusScoresAsWhenAnalysedAlone(String corpus, String gold) {
        List<Article> alone = EvalCorpus.articles(corpus);
        GoldScore aloneScore = GoldScore.of(gold, alone, new Analyzer().findFacts(alone, ProgressMonitor.NONE));

        GoldScore mixedScore = GoldScore.of(gold, mixed, facts);

        assertThat(mixedScore.requiredFound()).isEqualTo(aloneScore.requiredFound());
        assertThat(mixedScore.trapsViolated()).isEqualTo(aloneScore.trapsViolated());
    }
}
