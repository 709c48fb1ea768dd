package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceViewModelTest {
    private final WorkspaceViewModel workspace =
            new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));

    @BeforeEach
    void openSmallProject() {
        workspace.reset(TestProjects.small(), null);
    }

    private void dismiss(String factId) {
        workspace.edit(p -> p.updateFact(factId, f -> f.withResolution(Resolution.dismiss("", "ed", Instant.EPOCH))));
    }

    @Test
    void aFreshProjectIsCleanAndSelectsTheFirstUndecidedConflict() {
        assertThat(workspace.isDirty()).isFalse();
        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f1");
    }

    @Test
    void anEditMakesTheProjectDirtyAndUndoMakesItCleanAgain() {
        dismiss("f1");
        assertThat(workspace.isDirty()).isTrue();

        workspace.undo();

        assertThat(workspace.isDirty()).isFalse();
        assertThat(workspace.getProject().fact("f1").orElseThrow().resolution()).isNull();
    }

    @Test
    void redoReappliesTheUndoneEdit() {
        dismiss("f1");
        workspace.undo();

        workspace.redo();

        assertThat(workspace.getProject().fact("f1").orElseThrow().resolution()).isNotNull();
        assertThat(workspace.canRedoProperty().get()).isFalse();
    }

    @Test
    void savingMarksTheCurrentProjectCleanAndNamesTheTitle() {
        dismiss("f1");

        workspace.markSaved(workspace.getProject(), Path.of("/tmp/story.json"));

        assertThat(workspace.isDirty()).isFalse();
        assertThat(workspace.titleProperty().get()).isEqualTo("Reconcile — story.json");
    }

    @Test
    void theTitleShowsAnAsteriskWhileDirty() {
        dismiss("f1");

        assertThat(workspace.titleProperty().get()).isEqualTo("Reconcile — Untitled *");
    }

    @Test
    void nextUnresolvedSkipsDecidedAndNonConflictFactsAndWraps() {
        assertThat(workspace.selectNextUnresolved()).isTrue();
        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f2");

        workspace.selectNextUnresolved();

        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f1");
    }

    @Test
    void previousUnresolvedWalksBackwards() {
        workspace.selectPreviousUnresolved();

        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f2");
    }

    @Test
    void nextUnresolvedReportsFalseWhenEverythingIsDecided() {
        dismiss("f1");
        dismiss("f2");

        assertThat(workspace.selectNextUnresolved()).isFalse();
    }

    @Test
    void theSelectedFactFollowsEditsOfThatFact() {
        dismiss("f1");

        assertThat(workspace.getSelectedFact().orElseThrow().resolution()).isNotNull();
    }

    @Test
    void aNewEditClearsRedo() {
        dismiss("f1");
        workspace.undo();

        dismiss("f2");

        assertThat(workspace.canRedoProperty().get()).isFalse();
    }

    @Test
    void restoringARecoveredProjectLeavesItDirty() {
        Project recovered = TestProjects.small().updateFact("f1",
                f -> f.withResolution(Resolution.dismiss("", "", Instant.EPOCH)));

        workspace.restore(recovered, Path.of("x.json"));

        assertThat(workspace.isDirty()).isTrue();
    }
}
