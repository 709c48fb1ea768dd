package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold on the five seed articles (real reports with real discrepancies). */
class SeedExpectationsTest {
    private static List<Article> articles;
    private static List<Fact> facts;
    private static Map<String, String> idBySeed;

    @BeforeAll
    static void analyse() {
        articles = SeedCorpus.articles();
        facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE);
        idBySeed = articles.stream().collect(Collectors.toMap(a -> a.source().substring(0, 3), Article::id));
    }

    private static boolean has(Fact f, String seed, String text) {
        return f.mentions().stream().anyMatch(m -> m.articleId().equals(idBySeed.get(seed)) && m.text().equals(text));
    }

    @Test
    void childrenAmongTheInjuredIsAConflictOfFourAgainstTwo() {
        assertThat(facts).anyMatch(f -> f.isConflict() && has(f, "001", "Four") && has(f, "004", "two"));
    }

    @Test
    void twelveInjuredAgreesAndIsInNoConflict() {
        assertThat(facts).noneMatch(f -> f.isConflict() && (has(f, "001", "12") || has(f, "004", "twelve")));
        assertThat(facts).anyMatch(f -> f.verdict() == Verdict.AGREE && has(f, "001", "12") && has(f, "004", "twelve"));
    }

    @Test
    void aidOfTwoHundredMillionDollarsIsNotAConflict() {
        assertThat(facts).noneMatch(f -> f.isConflict() && (has(f, "002", "$200m") || has(f, "003", "$200 million")));
    }

    @Test
    void tariffOfTwentyFivePercentIsNotAConflict() {
        assertThat(facts).noneMatch(f -> f.isConflict() && f.kind() == FactKind.PERCENT);
        assertThat(facts).anyMatch(f -> f.verdict() == Verdict.AGREE && has(f, "000", "25 percent") && has(f, "002", "25%"));
    }

    @Test
    void yuryAndYuriUshakovAreOneNameConflict() {
        List<Fact> names = facts.stream().filter(f -> f.isConflict() && f.kind() == FactKind.NAME
                && has(f, "000", "Yury") && has(f, "002", "Yuri")).toList();
        assertThat(names).hasSize(1);
        Fact f = names.get(0);
        assertThat(List.of("000", "001")).allMatch(s -> has(f, s, "Yury"));
        assertThat(List.of("002", "003", "004")).allMatch(s -> has(f, s, "Yuri"));
    }

    @Test
    void quiteAgainstVeryUsefulIsAQuoteConflictWithTheWordDifference() {
        assertThat(facts).anyMatch(f -> f.isConflict() && f.kind() == FactKind.QUOTE
                && has(f, "000", "quite useful and constructive") && has(f, "004", "very useful and constructive")
                && f.detail().contains("quite → very"));
    }

    @Test
    void conflictsStayFewEnoughForAnEditor() {
        assertThat(facts.stream().filter(Fact::isConflict).count()).isBetween(5L, 12L);
    }

    @Test
    void factsAreNumberedInOrderConflictsFirst() {
        for (int i = 0; i < facts.size(); i++) {
            assertThat(facts.get(i).id()).isEqualTo("f" + (i + 1));
            if (i > 0) {
                assertThat(facts.get(i).verdict().ordinal()).isGreaterThanOrEqualTo(facts.get(i - 1).verdict().ordinal());
            }
        }
    }

    @Test
    void everyMentionIsItsArticleTextAtItsOffsets() {
        Map<String, String> text = articles.stream().collect(Collectors.toMap(Article::id, Article::text));
        for (Fact f : facts) {
            for (Mention m : f.mentions()) {
                assertThat(text.get(m.articleId()).substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void agreeingFactsHaveOneValueString() {
        assertThat(facts).filteredOn(f -> f.verdict() == Verdict.AGREE).allMatch(f -> f.variants().size() == 1);
    }
}
