package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints every fact found on the seeds, for an editor's review (run with -Dreconcile.report=true). */
class SeedReportTest {

    @Test
    void seedAnalysisProducesConflictsAndPrintsThemForReview() {
        List<Article> articles = SeedCorpus.articles();
        if (Boolean.getBoolean("reconcile.report")) {
            for (int k = 0; k < 3; k++) {
                long t = System.nanoTime();
                new Analyzer().findFacts(articles, ProgressMonitor.NONE);
                System.out.println("run " + k + " ms " + (System.nanoTime() - t) / 1_000_000);
            }
        }
        long t0 = System.nanoTime();
        List<Fact> facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (Boolean.getBoolean("reconcile.report")) {
            System.out.println("analysis ms " + ms);
            Map<String, String> src = articles.stream().collect(Collectors.toMap(Article::id, a -> a.source().substring(0, 3)));
            for (Fact f : facts) {
                String ms2 = f.mentions().stream().map(m -> src.get(m.articleId()) + ":" + m.text().replace('\n', ' ') + "=" + m.value())
                        .collect(Collectors.joining(" | "));
                System.out.println(f.id() + " " + f.verdict() + " " + f.kind() + " [" + f.label() + "] " + f.detail() + " :: " + ms2);
            }
        }
        assertThat(facts).anyMatch(Fact::isConflict);
    }
}
