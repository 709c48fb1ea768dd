package app.reconcile.ui.resolution;

import app.reconcile.core.Fact;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.support.TestProjects;
import app.reconcile.ui.workspace.BackgroundActivity;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionViewModelTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final WorkspaceViewModel workspace =
            new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));
    private boolean autoAdvance = true;
    private final DecisionViewModel decisions = new DecisionViewModel(workspace,
            Clock.fixed(NOW, ZoneOffset.UTC), () -> "editor", () -> autoAdvance);

    @BeforeEach
    void openSmallProject() {
        workspace.reset(TestProjects.small(), null);
    }

    private Resolution resolutionOf(String factId) {
        return workspace.getProject().fact(factId).map(Fact::resolution).orElse(null);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, 2, Two
            2, 4, Four
            """)
    void aNumberKeyAdoptsThatValue(int number, String value, String display) {
        decisions.chooseByNumber(number);

        Resolution r = resolutionOf("f1");
        assertThat(r.value()).isEqualTo(value);
        assertThat(r.display()).isEqualTo(display);
        assertThat(r.author()).isEqualTo("editor");
        assertThat(r.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void aNumberKeyAdvancesToTheNextUndecidedConflictWhenAutoAdvanceIsOn() {
        decisions.chooseByNumber(1);

        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f2");
    }

    @Test
    void aNumberKeyStaysWhenAutoAdvanceIsOff() {
        autoAdvance = false;

        decisions.chooseByNumber(1);

        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f1");
    }

    @Test
    void aNumberBeyondTheValuesDoesNothing() {
        assertThat(decisions.chooseByNumber(3)).isFalse();
        assertThat(resolutionOf("f1")).isNull();
    }

    @Test
    void enterAdoptsTheMajorityValue() {
        decisions.acceptSuggestion();

        assertThat(resolutionOf("f1").value()).isEqualTo("2");
    }

    @Test
    void enterOnATieDecidesNothingAndSaysWhy() {
        workspace.select("f2");

        decisions.acceptSuggestion();

        assertThat(resolutionOf("f2")).isNull();
        assertThat(workspace.activity().messageProperty().get()).contains("tie").contains("press 1");
    }

    @Test
    void aTypedValueThatAnArticleStatesAdoptsThatValue() {
        workspace.select("f1");
        decisions.customValueProperty().set("Two");

        decisions.useCustomValue();

        assertThat(resolutionOf("f1").custom()).isFalse();
        assertThat(resolutionOf("f1").value()).isEqualTo("2");
    }

    @Test
    void aCustomValueIsStoredAsTyped() {
        decisions.customValueProperty().set("  three ");

        decisions.useCustomValue();

        assertThat(resolutionOf("f1").custom()).isTrue();
        assertThat(resolutionOf("f1").value()).isEqualTo("three");
    }

    @Test
    void aBlankCustomValueIsIgnored() {
        decisions.customValueProperty().set("  ");

        assertThat(decisions.useCustomValue()).isFalse();
        assertThat(resolutionOf("f1")).isNull();
    }

    @Test
    void dismissMarksTheFactAsNoDiscrepancyWithTheNote() {
        decisions.noteProperty().set("same count, different date");

        decisions.dismiss();

        assertThat(resolutionOf("f1").status()).isEqualTo(ResolutionStatus.DISMISSED);
        assertThat(resolutionOf("f1").note()).isEqualTo("same count, different date");
    }

    @Test
    void reopenTakesTheDecisionBack() {
        decisions.dismiss();

        decisions.reopen();

        assertThat(resolutionOf("f1")).isNull();
    }

    @Test
    void aNoteIsStoredOnAnAlreadyDecidedFact() {
        autoAdvance = false;
        decisions.chooseByNumber(1);
        decisions.noteProperty().set("checked with the agency");

        decisions.saveNote();

        assertThat(resolutionOf("f1").note()).isEqualTo("checked with the agency");
        assertThat(resolutionOf("f1").value()).isEqualTo("2");
    }

    @Test
    void selectingAnotherFactLoadsItsNote() {
        decisions.noteProperty().set("n1");
        decisions.dismiss();
        workspace.select("f2");

        workspace.select("f1");

        assertThat(decisions.noteProperty().get()).isEqualTo("n1");
    }
}
