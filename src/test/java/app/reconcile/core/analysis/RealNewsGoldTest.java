package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on real news (ECB+ clusters, src/test/resources/eval/real-dev and real-blind, see the NOTICE
 * there), scored as score.py does, one analysis per cluster as an editor would run it. The floors are what
 * engine v2 reaches (docs/analysis.md): a change that loses found discrepancies, or lets more agreements
 * through as conflicts, fails here. They are sums over clusters, so that a trade between clusters is
 * visible in review rather than pinned to one sentence.
 */
class RealNewsGoldTest {

    @Test
    void developmentSetFindsItsDiscrepanciesAndKeepsAgreements() {
        Totals t = score("real-dev");

        assertThat(t.requiredFound).as("required found of %d; missed %s", t.required, t.missed)
                .isGreaterThanOrEqualTo(23);
        assertThat(t.trapsViolated).as("agreements flagged of %d: %s", t.traps, t.violated).isLessThanOrEqualTo(1);
    }

    @Test
    void blindSetStaysAtItsBlindScore() {
        Totals t = score("real-blind");

        // counts only: which items were missed is not printed, so that no one tunes on the blind set by reading
        // a failing build (run score.py by hand when a change has to be understood, and say so in analysis.md)
        assertThat(t.requiredFound).as("required found of %d", t.required).isGreaterThanOrEqualTo(BLIND_FLOOR);
        assertThat(t.trapsViolated).as("agreements flagged of %d", t.traps).isLessThanOrEqualTo(BLIND_TRAPS);
    }

    @Test
    void secondBlindSetKeepsItsAgreements() {
        Totals t = score("real-blind-2");

        // its blind score was 0 of 18 required (docs/analysis.md); studied since, it is held where it stands
        assertThat(t.required).isEqualTo(18);
        assertThat(t.requiredFound).as("required found of %d", t.required).isGreaterThanOrEqualTo(BLIND_2_FLOOR);
        assertThat(t.trapsViolated).as("agreements flagged of %d", t.traps).isLessThanOrEqualTo(BLIND_2_TRAPS);
    }

    @Test
    void thirdBlindSetStaysAtItsBlindScore() {
        Totals t = score("real-blind-3");

        // its blind score was 3 of 21 required (docs/analysis.md); studied since, it is held where it stands
        assertThat(t.required).isEqualTo(21);
        assertThat(t.requiredFound).as("required found of %d", t.required).isGreaterThanOrEqualTo(BLIND_3_FLOOR);
        assertThat(t.trapsViolated).as("agreements flagged of %d", t.traps).isLessThanOrEqualTo(BLIND_3_TRAPS);
    }

    @Test
    void fourthBlindSetStaysAtItsBlindScore() {
        Totals t = score("real-blind-4");

        // counts only: its blind score was 3 of 11 required, 6 of 87 agreements flagged (docs/analysis.md)
        assertThat(t.required).isEqualTo(11);
        assertThat(t.requiredFound).as("required found of %d", t.required).isGreaterThanOrEqualTo(BLIND_4_FLOOR);
        assertThat(t.trapsViolated).as("agreements flagged of %d", t.traps).isLessThanOrEqualTo(BLIND_4_TRAPS);
    }

    @Test
    void fifthBlindSetStaysAtItsBlindScore() {
        Totals t = score("real-blind-5");

        // counts only: its blind score was 1 of 11 required, no agreement flagged (docs/analysis.md)
        assertThat(t.required).isEqualTo(11);
        assertThat(t.requiredFound).as("required found of %d", t.required).isGreaterThanOrEqualTo(BLIND_5_FLOOR);
        assertThat(t.trapsViolated).as("agreements flagged of %d", t.traps).isLessThanOrEqualTo(BLIND_5_TRAPS);
    }

    /** The fifth blind set's first score, counts only (docs/analysis.md, "Fourth round"). */
    static final int BLIND_5_FLOOR = 1;
    static final int BLIND_5_TRAPS = 0;

    /**
     * The fourth blind set's first score, counts only (docs/analysis.md, "Fourth round"): 6 agreements flagged
     * then, 5 since numbers in quotations compare by value, 2 since a game's score is not a team's record.
     */
    static final int BLIND_4_FLOOR = 3;
    static final int BLIND_4_TRAPS = 2;

    /** The third blind set, counts only (docs/analysis.md, "Third blind set"). */
    static final int BLIND_3_FLOOR = 3;
    static final int BLIND_3_TRAPS = 2;

    /**
     * The second blind set after its blind score (0 of 18) was recorded and its misses studied
     * (docs/analysis.md, "Second blind set"): now a development set, held where it stands.
     */
    static final int BLIND_2_FLOOR = 3;
    static final int BLIND_2_TRAPS = 1;

    /** The first blind set after its misses were studied (its blind score was 4 of 16): see docs/analysis.md. */
    static final int BLIND_FLOOR = 5;
    static final int BLIND_TRAPS = 2;

    private static final class Totals {
        int required;
        int requiredFound;
        int traps;
        int trapsViolated;
        final java.util.List<String> missed = new java.util.ArrayList<>();
        final java.util.List<String> violated = new java.util.ArrayList<>();
    }

    private static Totals score(String set) {
        Totals t = new Totals();
        for (String cluster : clusters(set)) {
            List<Article> articles = EvalCorpus.articles(set + "/texts/" + cluster);
            GoldScore s = GoldScore.of(set + "/gold.json", articles,
                    new Analyzer().findFacts(articles, ProgressMonitor.NONE));
            t.required += s.required();
            t.requiredFound += s.requiredFound();
            t.traps += s.traps();
            t.trapsViolated += s.trapsViolated();
            t.missed.addAll(s.missed());
            t.violated.addAll(s.violated());
        }
        return t;
    }

    private static List<String> clusters(String set) {
        try (Stream<Path> dirs = Files.list(EvalCorpus.EVAL.resolve(set).resolve("texts"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
