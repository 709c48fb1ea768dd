package app.reconcile.ui.viewer;

import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.ui.common.StyleClasses;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightLayersTest {
    private final Project project = TestProjects.small();

    @Test
    void everyMentionInTheArticleGetsItsVerdictBackground() {
        List<List<StyledRange>> layers = HighlightLayers.of("a1", project.facts(), null);

        assertThat(layers.get(0)).extracting(StyledRange::styleClass)
                .containsExactly(StyleClasses.CONFLICT, StyleClasses.CONFLICT, StyleClasses.AGREE);
    }

    @Test
    void onlyConflictsCarryADecisionState() {
        List<StyledRange> state = HighlightLayers.of("a1", project.facts(), null).get(1);

        assertThat(state).extracting(StyledRange::styleClass)
                .containsExactly(StyleClasses.UNRESOLVED, StyleClasses.UNRESOLVED);
    }

    @Test
    void aDecidedConflictMarksTheChosenVersionAndStrikesTheRejectedOne() {
        Project decided = project.updateFact("f1", f -> f.withResolution(
                Resolution.choose(f.variants().get(0), "", "ed", Instant.EPOCH)));
        String chosen = decided.fact("f1").orElseThrow().variants().get(0).mentions().get(0).articleId();
        String rejected = decided.fact("f1").orElseThrow().variants().get(1).mentions().get(0).articleId();

        assertThat(HighlightLayers.of(chosen, decided.facts(), null).get(1).get(0).styleClass())
                .isEqualTo(StyleClasses.CHOSEN_VALUE);
        assertThat(HighlightLayers.of(rejected, decided.facts(), null).get(1).get(0).styleClass())
                .isEqualTo(StyleClasses.REJECTED_VALUE);
        int offset = decided.fact("f1").orElseThrow().variants().get(1).mentions().get(0).start();
        assertThat(HighlightLayers.decisionNoteAt(rejected, offset, decided.facts())).get().asString()
                .startsWith("Rejected:").contains("chosen").endsWith("by ed");
    }

    @Test
    void theSelectedFactIsMarkedOnItsOwnLayer() {
        List<StyledRange> selected = HighlightLayers.of("a2", project.facts(), "f2").get(2);

        assertThat(selected).containsExactly(new StyledRange(19, 20, StyleClasses.SELECTED));
    }

    @Test
    void aClickInsideAMentionFindsItsFact() {
        int insideFour = 2;

        assertThat(HighlightLayers.factAt("a1", insideFour, project.facts())).map(Fact::id).contains("f1");
    }

    @Test
    void aClickOutsideEveryMentionFindsNothing() {
        assertThat(HighlightLayers.factAt("a1", 6, project.facts())).isEmpty();
    }
}
