package app.reconcile.core;

import app.reconcile.core.Scoreboard.Standing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreboardTest {
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
    private static final Article A = new Article("a", "a.txt", "A", "x".repeat(100));
    private static final Article B = new Article("b", "b.txt", "B", "x".repeat(100));
    private static final Article C = new Article("c", "c.txt", "C", "x".repeat(100));

    private static Mention m(Article article, int start, String text, String value) {
        return new Mention(article.id(), start, start + text.length(), text, value);
    }

    private static Fact conflict(String id, Mention... mentions) {
        return new Fact(id, FactKind.NUMBER, id, Verdict.CONFLICT, List.of(mentions));
    }

    private static Resolution resolved(String value) {
        return new Resolution(ResolutionStatus.RESOLVED, value, value, false, "", "ed", AT);
    }

    private static SourceScore scoreOf(Project project, String articleId) {
        return Scoreboard.of(project).stream().filter(s -> s.articleId().equals(articleId)).findFirst().orElseThrow();
    }

    @Test
    void givesOneScorePerArticleInProjectOrderIncludingArticlesStatingNothing() {
        Project project = new Project(List.of(C, A, B), List.of(conflict("f1", m(A, 0, "2", "2"), m(B, 0, "3", "3"))));

        assertThat(Scoreboard.of(project)).extracting(SourceScore::articleId).containsExactly("c", "a", "b");
        assertThat(scoreOf(project, "c")).isEqualTo(new SourceScore("c", "c.txt", 0, 0, 0, 0));
    }

    @Test
    void aMentionOfAnArticleThatIsNotInTheProjectCountsForNoSource() {
        Fact fact = conflict("f1", m(A, 0, "2", "2"), new Mention("gone", 0, 1, "3", "3")).withResolution(resolved("2"));
        Project project = new Project(List.of(A, B), List.of(fact));

        assertThat(Scoreboard.of(project)).containsExactly(new SourceScore("a", "a.txt", 1, 1, 0, 0),
                new SourceScore("b", "b.txt", 0, 0, 0, 0));
    }

    @Test
    void sourceStatingTheResolvedValueAgreesAndTheOtherContradicts() {
        Fact fact = conflict("f1", m(A, 0, "2", "2"), m(B, 0, "3", "3")).withResolution(resolved("2"));
        Project project = new Project(List.of(A, B), List.of(fact));

        assertThat(scoreOf(project, "a")).isEqualTo(new SourceScore("a", "a.txt", 1, 1, 0, 0));
        assertThat(scoreOf(project, "b")).isEqualTo(new SourceScore("b", "b.txt", 1, 0, 1, 0));
    }

    @Test
    void oneWrongMentionAmongSeveralMakesTheSourceContradict() {
        Fact fact = conflict("f1", m(A, 0, "2", "2"), m(A, 10, "3", "3"), m(B, 0, "2", "2"))
                .withResolution(resolved("2"));

        assertThat(Scoreboard.standing(fact, "a")).isEqualTo(Standing.CONTRADICTS);
        assertThat(Scoreboard.standing(fact, "b")).isEqualTo(Standing.AGREES);
    }

    @Test
    void undecidedConflictCountsAsUnresolvedForEverySourceStatingIt() {
        Project project = new Project(List.of(A, B), List.of(conflict("f1", m(A, 0, "2", "2"), m(B, 0, "3", "3"))));

        assertThat(Scoreboard.of(project)).extracting(SourceScore::unresolved).containsExactly(1, 1);
        assertThat(Scoreboard.of(project)).extracting(SourceScore::contradicting).containsExactly(0, 0);
    }

    @Test
    void dismissedFactIsStatedButCountsAsNeitherAgreeingNorContradicting() {
        Fact fact = conflict("f1", m(A, 0, "2", "2"), m(B, 0, "3", "3"))
                .withResolution(Resolution.dismiss("", "ed", AT));
        SourceScore score = scoreOf(new Project(List.of(A, B), List.of(fact)), "a");

        assertThat(score).isEqualTo(new SourceScore("a", "a.txt", 1, 0, 0, 0));
        assertThat(score.other()).isEqualTo(1);
    }

    @Test
    void agreeFactWithoutDecisionTakesTheSharedValueAsAuthoritative() {
        Fact fact = new Fact("f1", FactKind.NUMBER, "x", Verdict.AGREE,
                List.of(m(A, 0, "12", "12"), m(B, 0, "twelve", "12")));

        assertThat(Scoreboard.authoritativeValue(fact)).contains("12");
        assertThat(Scoreboard.of(new Project(List.of(A, B), List.of(fact))))
                .extracting(SourceScore::agreeing).containsExactly(1, 1);
    }

    @Test
    void compatibleFactWithoutDecisionHasNoAuthoritativeValue() {
        Fact fact = new Fact("f1", FactKind.DATE, "x", Verdict.COMPATIBLE,
                List.of(m(A, 0, "2021", "2021"), m(B, 0, "June 2021", "2021-06")));

        assertThat(Scoreboard.authoritativeValue(fact)).isEmpty();
        assertThat(scoreOf(new Project(List.of(A, B), List.of(fact)), "a"))
                .isEqualTo(new SourceScore("a", "a.txt", 1, 0, 0, 0));
    }

    @Test
    void resolvingACompatibleFactMakesTheOtherPrecisionContradict() {
        Fact fact = new Fact("f1", FactKind.DATE, "x", Verdict.COMPATIBLE,
                List.of(m(A, 0, "2021", "2021"), m(B, 0, "June 2021", "2021-06"))).withResolution(resolved("2021-06"));

        assertThat(Scoreboard.standing(fact, "a")).isEqualTo(Standing.CONTRADICTS);
        assertThat(Scoreboard.standing(fact, "b")).isEqualTo(Standing.AGREES);
    }

    @ParameterizedTest(name = "typed \"{0}\" vs stated \"{1}\" (value {2}) -> {3}")
    @CsvSource(textBlock = """
            Jon Smith,   jon  smith, JON,       AGREES
            Jon Smith,   Jon Smyth,  Jon Smyth, CONTRADICTS
            2,           two,        2,         AGREES
            """)
    void typedValueMatchesByNormalisedValueOrBySurfaceTextIgnoringCaseAndSpacing(
            String typed, String stated, String value, Standing expected) {
        Fact fact = conflict("f1", m(A, 0, stated, value), m(B, 50, "other", "other"))
                .withResolution(Resolution.custom(typed, "", "ed", AT));

        assertThat(Scoreboard.standing(fact, "a")).isEqualTo(expected);
    }

    @Test
    void articleNotStatingTheFactIsNotApplicable() {
        Fact fact = conflict("f1", m(A, 0, "2", "2"), m(B, 0, "3", "3")).withResolution(resolved("2"));

        assertThat(Scoreboard.standing(fact, "c")).isEqualTo(Standing.NOT_APPLICABLE);
    }

    @Test
    void countsAddUpOverSeveralFacts() {
        Fact agreed = conflict("f1", m(A, 0, "2", "2"), m(B, 0, "3", "3")).withResolution(resolved("2"));
        Fact open = conflict("f2", m(A, 10, "5", "5"), m(C, 0, "6", "6"));
        Fact dismissed = conflict("f3", m(A, 20, "7", "7"), m(B, 20, "8", "8"))
                .withResolution(Resolution.dismiss("", "ed", AT));
        Fact wrong = conflict("f4", m(A, 30, "9", "9"), m(C, 30, "10", "10")).withResolution(resolved("10"));

        SourceScore a = scoreOf(new Project(List.of(A, B, C), List.of(agreed, open, dismissed, wrong)), "a");

        assertThat(a).isEqualTo(new SourceScore("a", "a.txt", 4, 1, 1, 1));
    }
}
