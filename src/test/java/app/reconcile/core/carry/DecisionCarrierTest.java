package app.reconcile.core.carry;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Variant;
import app.reconcile.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionCarrierTest {
    private static final Resolution DISMISSED = Resolution.dismiss("n", "ed", Instant.EPOCH);
    private static final String TEXT = "x".repeat(40);
    private static final List<Article> ARTICLES = List.of(article("a1", TEXT + "1"), article("a2", TEXT + "2"),
            article("a3", TEXT + "3"));

    private final DecisionCarrier carrier = new DecisionCarrier();

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", id, text);
    }

    private static Fact fact(String id, Mention... mentions) {
        return new Fact(id, FactKind.NUMBER, "label of " + id, Verdict.CONFLICT, List.of(mentions));
    }

    private static Mention m(String article, int start, int end) {
        return m(article, start, end, "v");
    }

    private static Mention m(String article, int start, int end, String value) {
        return new Mention(article, start, end, "x".repeat(end - start), value);
    }

    private static Project project(Fact... facts) {
        return new Project(ARTICLES, List.of(facts));
    }

    @Test
    void aDecisionFollowsTheNewFactCoveringTheSameText() {
        Fact old = fact("f1", m("a1", 10, 14), m("a2", 3, 6)).withResolution(DISMISSED);
        Project fresh = project(fact("f1", m("a3", 0, 2)), fact("f2", m("a1", 10, 14), m("a2", 3, 6), m("a3", 5, 7)));

        DecisionCarrier.Outcome outcome = carrier.carry(project(old), fresh);

        assertThat(outcome.kept()).isEqualTo(1);
        assertThat(outcome.project().facts().get(1).resolution()).isEqualTo(DISMISSED);
        assertThat(outcome.project().facts().get(0).resolution()).isNull();
        assertThat(outcome.carried()).singleElement().extracting(CarriedDecision::before).isEqualTo(old);
        assertThat(outcome.lost()).isEmpty();
    }

    @Test
    void partlyOverlappingSpansStillMatch() {
        Fact old = fact("f1", m("a1", 10, 14), m("a2", 0, 4)).withResolution(DISMISSED);

        DecisionCarrier.Outcome outcome = carrier.carry(project(old), project(fact("f9", m("a1", 12, 20), m("a2", 2, 3))));

        assertThat(outcome.kept()).isEqualTo(1);
    }

    @Test
    void theNewProjectKeepsItsOwnArticlesAndFactOrder() {
        Project fresh = new Project(ARTICLES.subList(0, 2), List.of(fact("f2", m("a1", 0, 1)), fact("f1", m("a2", 0, 1))));

        DecisionCarrier.Outcome outcome = carrier.carry(project(), fresh);

        assertThat(outcome.project()).isEqualTo(fresh);
    }

    @Test
    void aDecisionFollowsItsTextWhenTheArticlesAreNumberedDifferently() {
        Fact old = fact("f1", m("a1", 10, 14), m("a2", 3, 6)).withResolution(DISMISSED);
        // analysed again with the files in another order: the text of a1 is now a3's, a2's is a1's
        List<Article> renumbered = List.of(article("a1", TEXT + "2"), article("a2", "new text"), article("a3", TEXT + "1"));
        Project fresh = new Project(renumbered, List.of(fact("f1", m("a1", 10, 14), m("a3", 3, 6)),
                fact("f2", m("a3", 10, 14), m("a1", 3, 6))));

        DecisionCarrier.Outcome outcome = carrier.carry(project(old), fresh);

        assertThat(outcome.project().facts()).extracting(Fact::resolution).containsExactly(null, DISMISSED);
    }

    @Test
    void anArticleWhoseTextChangedNoLongerHoldsDecisionsSinceItsOffsetsMeanOtherText() {
        Fact old = fact("f1", m("a1", 10, 14), m("a2", 3, 6)).withResolution(DISMISSED);
        List<Article> edited = List.of(article("a1", TEXT + "1, corrected"), article("a2", TEXT + "2, corrected"));

        DecisionCarrier.Outcome outcome = carrier.carry(project(old),
                new Project(edited, List.of(fact("f1", m("a1", 10, 14), m("a2", 3, 6)))));

        assertThat(outcome.lost()).containsExactly(new LostDecision(old, LostDecision.Reason.ARTICLES_GONE));
    }

    @Test
    void ofTwoIdenticalArticlesTheOneWithTheSameIdIsTheSameArticle() {
        List<Article> twins = List.of(article("a1", TEXT), article("a2", TEXT));
        Fact old = fact("f1", m("a2", 0, 4), m("a1", 20, 24)).withResolution(DISMISSED);
        Project fresh = new Project(twins, List.of(fact("f1", m("a1", 0, 4), m("a2", 20, 24)),
                fact("f2", m("a2", 0, 4), m("a1", 20, 24))));

        DecisionCarrier.Outcome outcome = carrier.carry(new Project(twins, List.of(old)), fresh);

        assertThat(outcome.project().facts()).extracting(Fact::resolution).containsExactly(null, DISMISSED);
    }

    /** The old fact "dead" is stated by a1 and a2; the new analysis runs on the articles left. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            a3,       ARTICLES_GONE,    'its articles are no longer in the project'
            a1 a3,    ONE_ARTICLE_LEFT, 'only one of its articles is still in the project, so there is nothing to compare'
            a1 a2 a3, NOT_COVERED,      'no new fact covers its text any more'
            """)
    void aDecisionThatFindsNoNewFactSaysWhy(String left, LostDecision.Reason reason, String text) {
        Fact dead = fact("f2", m("a1", 0, 4), m("a2", 0, 4)).withResolution(DISMISSED);
        List<Article> remaining = ARTICLES.stream().filter(a -> List.of(left.split(" ")).contains(a.id())).toList();
        Project fresh = new Project(remaining, List.of(fact("f1", m("a1", 30, 35), m("a3", 30, 35))));

        DecisionCarrier.Outcome outcome = carrier.carry(project(dead), fresh);

        assertThat(outcome.lost()).containsExactly(new LostDecision(dead, reason));
        assertThat(outcome.lost().get(0).describe()).isEqualTo("label of f2: " + text);
        assertThat(outcome.project().facts()).extracting(Fact::resolution).containsOnlyNulls();
    }

    @Test
    void undecidedFactsAreNeitherKeptNorLost() {
        DecisionCarrier.Outcome outcome = carrier.carry(project(fact("f1", m("a1", 1, 2))), project(fact("f1", m("a1", 1, 2))));

        assertThat(outcome.kept()).isZero();
        assertThat(outcome.lost()).isEmpty();
    }

    @Test
    void twoOldDecisionsNeverLandOnTheSameNewFact() {
        Fact first = fact("f1", m("a1", 0, 4), m("a2", 0, 4)).withResolution(DISMISSED);
        Fact second = fact("f2", m("a1", 2, 6), m("a2", 2, 6)).withResolution(DISMISSED);

        DecisionCarrier.Outcome outcome = carrier.carry(project(first, second), project(fact("f1", m("a1", 0, 6), m("a2", 0, 6))));

        assertThat(outcome.carried()).extracting(CarriedDecision::before).containsExactly(first);
        assertThat(outcome.lost()).containsExactly(new LostDecision(second, LostDecision.Reason.TAKEN));
    }

    @Test
    void theDecisionWhoseTextTheNewFactCoversMostGetsItWhateverTheOrder() {
        Fact slight = fact("f1", m("a1", 0, 4), m("a3", 0, 4)).withResolution(DISMISSED);
        Fact strong = fact("f2", m("a1", 2, 6), m("a2", 2, 6), m("a3", 2, 6)).withResolution(DISMISSED);
        Project fresh = project(fact("f1", m("a1", 0, 6), m("a2", 0, 6), m("a3", 5, 6)), fact("f2", m("a3", 0, 4), m("a2", 30, 34)));

        DecisionCarrier.Outcome outcome = carrier.carry(project(slight, strong), fresh);

        // f1 covers 3 of strong's mentions and 1 of slight's: strong takes f1 although slight comes first
        assertThat(outcome.carried()).extracting(c -> c.before().id() + ">" + c.after().id())
                .containsExactly("f1>f2", "f2>f1");
        assertThat(outcome.lost()).isEmpty();
    }

    @Test
    void lostDecisionsAreListedInTheOldProjectsOrder() {
        List<Fact> decided = new ArrayList<>();
        for (int i = 9; i >= 1; i--) {
            decided.add(fact("f" + i, m("a1", i, i + 1), m("a2", i, i + 1)).withResolution(DISMISSED));
        }

        DecisionCarrier.Outcome outcome = carrier.carry(project(decided.toArray(Fact[]::new)), project());

        assertThat(outcome.lost()).extracting(l -> l.fact().id())
                .containsExactly("f9", "f8", "f7", "f6", "f5", "f4", "f3", "f2", "f1");
    }

    @Test
    void aChosenValueThatNoArticleStatesAnyMoreStillCarriesAndIsNoted() {
        Fact old = fact("f1", m("a1", 0, 4, "4"), m("a2", 0, 4, "2"), m("a3", 0, 4, "2"));
        Variant four = old.variants().stream().filter(v -> v.value().equals("4")).findFirst().orElseThrow();
        Fact decided = old.withResolution(Resolution.choose(four, "", "ed", Instant.EPOCH));
        Project withoutA1 = new Project(ARTICLES.subList(1, 3), List.of(fact("f1", m("a2", 0, 4, "2"), m("a3", 0, 4, "2"))));

        DecisionCarrier.Outcome outcome = carrier.carry(project(decided), withoutA1);

        assertThat(outcome.project().facts().get(0).resolution()).isEqualTo(decided.resolution());
        assertThat(outcome.carried()).singleElement().satisfies(c -> {
            assertThat(c.chosenValueNoLongerStated()).isTrue();
            assertThat(c.label()).isEqualTo("label of f1");
        });
    }

    /** The engine now reads a1's "4" as 2 as well: a pick of 4 is no longer stated by any article. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            chosen 4,  true
            chosen 2,  false
            typed 7,   false
            dismissed, false
            """)
    void onlyAPickedValueThatNoArticleStatesAnyMoreIsNoted(String decision, boolean noted) {
        Fact old = fact("f1", m("a1", 0, 4, "4"), m("a2", 0, 4, "2"));
        Resolution resolution = switch (decision) {
            case "chosen 4" -> Resolution.choose(old.variants().get(0), "", "ed", Instant.EPOCH);
            case "chosen 2" -> Resolution.choose(old.variants().get(1), "", "ed", Instant.EPOCH);
            case "typed 7" -> Resolution.custom("7", "", "ed", Instant.EPOCH);
            default -> DISMISSED;
        };
        Fact reread = fact("f1", m("a1", 0, 4, "2"), m("a2", 0, 4, "2"));

        DecisionCarrier.Outcome outcome = carrier.carry(project(old.withResolution(resolution)), project(reread));

        assertThat(outcome.carried()).singleElement().extracting(CarriedDecision::chosenValueNoLongerStated).isEqualTo(noted);
    }
}
