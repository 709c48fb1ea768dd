package app.reconcile.core.edit;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactEditsTest {

    private static final Article A1 = new Article("a1", "one.txt", "One", "Four of the injured were children. The mayor spoke.");
    private static final Article A2 = new Article("a2", "two.txt", "Two", "Twelve injured, including two children. The Mayor spoke.");
    private static final Article A3 = new Article("a3", "three.txt", "Three", "Two children were hurt. Mayor Smith spoke.");

    private static Mention m(Article a, String word, String value) {
        int start = a.text().indexOf(word);
        return new Mention(a.id(), start, start + word.length(), word, value);
    }

    private static final Fact CHILDREN = new Fact("f1", FactKind.NUMBER, "children", Verdict.CONFLICT,
            List.of(m(A1, "Four", "4"), m(A2, "two", "2"), m(A3, "Two", "2")));
    private static final Fact OTHER = new Fact("f7", FactKind.NUMBER, "injured", Verdict.AGREE,
            List.of(m(A2, "Twelve", "12"), m(A3, "hurt", "12")));

    private final Project project = new Project(List.of(A1, A2, A3), List.of(CHILDREN, OTHER));

    @Test
    void linkMakesANewFactFromSelectionsInTwoArticles() throws Exception {
        int s1 = A1.text().indexOf("mayor");
        int s2 = A2.text().indexOf("Mayor");

        Project linked = FactEdits.link(project, List.of(new Selection("a1", s1 - 1, s1 + 5), new Selection("a2", s2, s2 + 5)),
                FactKind.NAME, "");

        Fact fact = linked.facts().get(0);
        assertThat(fact.id()).isEqualTo("f8");
        assertThat(fact.mentions()).extracting(Mention::text).containsExactly("mayor", "Mayor");
        assertThat(fact.verdict()).as("same words in another case agree").isEqualTo(Verdict.AGREE);
        assertThat(linked.facts()).hasSize(3);
    }

    @Test
    void linkInOneArticleOnlyIsRefused() {
        assertThatThrownBy(() -> FactEdits.link(project, List.of(new Selection("a1", 0, 4), new Selection("a1", 5, 7)),
                FactKind.NUMBER, "x")).isInstanceOf(FactEditException.class).hasMessageContaining("two articles");
    }

    @Test
    void linkOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> FactEdits.link(project, List.of(new Selection("a1", 0, 4), new Selection("a2", 5, 999)),
                FactKind.NUMBER, "x")).isInstanceOf(FactEditException.class).hasMessageContaining("outside");
    }

    @Test
    void mergeJoinsMentionsAndRemovesTheOtherFact() throws Exception {
        Project merged = FactEdits.merge(project, "f1", "f7");

        assertThat(merged.facts()).extracting(Fact::id).containsExactly("f1");
        assertThat(merged.facts().get(0).mentions()).hasSize(5);
        assertThat(merged.facts().get(0).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void splitMovesMentionsToANewFactAndRecomputesVerdicts() throws Exception {
        Project three = project.withFacts(List.of(CHILDREN, OTHER));
        Project split = FactEdits.split(three, "f1", List.of(m(A1, "Four", "4")));

        assertThat(split.fact("f1").orElseThrow().verdict()).as("2 and 2 left: agreement").isEqualTo(Verdict.AGREE);
        assertThat(split.facts()).extracting(Fact::id).as("the lone 'Four' is no longer a comparison")
                .containsExactly("f1", "f7");
    }

    @Test
    void splitKeepsADecisionWhoseValueIsStillStated() throws Exception {
        Resolution chosen = Resolution.choose(CHILDREN.variants().get(0), "", "ed", Instant.EPOCH);
        Project decided = project.updateFact("f1", f -> f.withResolution(chosen));

        Project split = FactEdits.split(decided, "f1", List.of(m(A1, "Four", "4")));

        assertThat(split.fact("f1").orElseThrow().resolution()).isEqualTo(chosen);
    }

    @Test
    void removeMentionDropsAFactLeftWithOneArticle() throws Exception {
        Project removed = FactEdits.removeMention(project, "f7", m(A2, "Twelve", "12"));

        assertThat(removed.fact("f7")).isEmpty();
        assertThat(removed.fact("f1")).isPresent();
    }

    @Test
    void removeMentionClearsADecisionWhoseValueIsGone() throws Exception {
        Resolution four = Resolution.choose(CHILDREN.variants().stream().filter(v -> v.value().equals("4")).findFirst().orElseThrow(),
                "", "ed", Instant.EPOCH);
        Project decided = project.updateFact("f1", f -> f.withResolution(four));

        Project removed = FactEdits.removeMention(decided, "f1", m(A1, "Four", "4"));

        Fact left = removed.fact("f1").orElseThrow();
        assertThat(left.resolution()).isNull();
        assertThat(left.verdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void removingAMentionThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> FactEdits.removeMention(project, "f7", m(A1, "Four", "4")))
                .isInstanceOf(FactEditException.class);
    }
}
