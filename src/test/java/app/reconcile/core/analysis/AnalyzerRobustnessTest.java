package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine never throws on odd input and its offsets always point into the article text. */
class AnalyzerRobustnessTest {
    private final Analyzer analyzer = new Analyzer();

    @Property(tries = 60)
    void anyUnicodeTextsGiveValidOffsets(@ForAll @Size(min = 0, max = 4) List<@StringLength(max = 300) String> texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            articles.add(new Article("a" + (i + 1), "s" + i, null, texts.get(i)));
        }
        assertValidOffsets(articles, analyzer.findFacts(articles, ProgressMonitor.NONE));
    }

    @Test
    void oneArticleOrNoneGivesNoFacts() {
        assertThat(analyzer.findFacts(List.of(), ProgressMonitor.NONE)).isEmpty();
        assertThat(analyzer.findFacts(List.of(SeedCorpus.articles().get(0)), ProgressMonitor.NONE)).isEmpty();
    }

    @Test
    void emptyArticlesGiveNoFacts() {
        List<Article> empty = List.of(new Article("a1", "x", null, ""), new Article("a2", "y", null, ""));
        assertThat(analyzer.findFacts(empty, ProgressMonitor.NONE)).isEmpty();
    }

    @Test
    void fiftyIdenticalArticlesAgreeWithoutConflict() {
        String text = SeedCorpus.articles().get(4).text();
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            copies.add(new Article("a" + (i + 1), "copy" + i, null, text));
        }
        List<Fact> facts = analyzer.findFacts(copies, ProgressMonitor.NONE);
        assertThat(facts).isNotEmpty().noneMatch(Fact::isConflict);
        assertValidOffsets(copies, facts);
    }

    @Test
    void cancellingStopsTheAnalysis() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> analyzer.findFacts(SeedCorpus.articles(), cancelled))
                .isInstanceOf(AnalysisCancelledException.class);
    }

    private static void assertValidOffsets(List<Article> articles, List<Fact> facts) {
        Map<String, String> text = articles.stream().collect(Collectors.toMap(Article::id, Article::text));
        for (Fact f : facts) {
            for (Mention m : f.mentions()) {
                String t = text.get(m.articleId());
                assertThat(m.end()).isLessThanOrEqualTo(t.length());
                assertThat(t.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }
}
