package app.reconcile.ui.facts;

import app.reconcile.core.Fact;
import app.reconcile.core.Resolution;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.support.TestProjects;
import app.reconcile.ui.workspace.BackgroundActivity;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FactListViewModelTest {
    private final WorkspaceViewModel workspace =
            new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));
    private FactListViewModel list;

    @BeforeEach
    void openSmallProject() {
        workspace.reset(TestProjects.small(), null);
        list = new FactListViewModel(workspace);
    }

    private java.util.List<String> ids() {
        return list.visibleFacts().stream().map(Fact::id).toList();
    }

    @Test
    void conflictsComeFirstAndADecisionDoesNotMoveItsRow() {
        workspace.edit(p -> p.updateFact("f1", f -> f.withResolution(Resolution.dismiss("", "", Instant.EPOCH))));

        assertThat(ids()).containsExactly("f1", "f2", "f3");
    }

    @Test
    void altDownFollowsTheFilteredList() {
        workspace.select("f1");
        workspace.filterProperty().set("dead");

        workspace.selectNextUnresolved();

        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f2");
        workspace.filterProperty().set("children");
        assertThat(workspace.selectNextUnresolved()).isTrue();
        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f1");
        assertThat(workspace.selectNextUnresolved()).as("nothing else unresolved in the filtered list").isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            children, f1
            TWELVE,   f3
            002.txt,  f1 f2 f3
            agree,    f3
            nothing,  ''
            """)
    void theFilterMatchesLabelValuesSourcesAndVerdict(String filter, String expected) {
        workspace.filterProperty().set(filter);

        assertThat(String.join(" ", ids())).isEqualTo(expected);
    }

    @Test
    void conflictsOnlyHidesAgreeingFacts() {
        workspace.conflictsOnlyProperty().set(true);

        assertThat(ids()).containsExactly("f1", "f2");
    }

    @Test
    void summaryListsEachValueWithItsNumberOfSources() {
        Fact children = workspace.getProject().fact("f1").orElseThrow();

        assertThat(FactListViewModel.variantsSummary(children))
                .isEqualTo("Two (2) / Four (1)");
    }
}
