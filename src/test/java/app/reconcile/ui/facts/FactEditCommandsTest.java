package app.reconcile.ui.facts;

import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.edit.Selection;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.support.RecordingDialogs;
import app.reconcile.ui.support.TestProjects;
import app.reconcile.ui.workspace.BackgroundActivity;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactEditCommandsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkspaceViewModel workspace;
    private FactEditCommands commands;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));
        workspace.reset(TestProjects.small(), null);
        commands = new FactEditCommands(workspace, dialogs);
    }

    /** "hurt" in a1 and a2. */
    private List<Selection> hurtInTwoArticles() {
        return List.of(selection("a1", "hurt"), selection("a2", "hurt"));
    }

    private Selection selection(String articleId, String text) {
        String body = workspace.getProject().article(articleId).orElseThrow().text();
        int start = body.indexOf(text);
        return new Selection(articleId, start, start + text.length());
    }

    private Fact fact(String id) {
        return workspace.getProject().fact(id).orElseThrow();
    }

    @Test
    void linkingAddsOneFactWithEverySelectionAndSelectsIt() {
        commands.link(hurtInTwoArticles());

        Fact linked = workspace.getSelectedFact().orElseThrow();
        assertThat(linked.mentions()).extracting(Mention::articleId).containsExactly("a1", "a2");
        assertThat(linked.mentions()).extracting(Mention::text).containsOnly("hurt");
    }

    @Test
    void linkingTakesKindAndLabelFromTheDialog() {
        dialogs.linkAnswer = suggested -> new LinkDetails(FactKind.QUOTE, "what happened");

        commands.link(hurtInTwoArticles());

        Fact linked = workspace.getSelectedFact().orElseThrow();
        assertThat(linked.kind()).isEqualTo(FactKind.QUOTE);
        assertThat(linked.label()).isEqualTo("what happened");
    }

    @Test
    void theDialogSuggestsANumberForDigitsAndTheSelectedTextAsLabel() {
        commands.link(List.of(selection("a1", "12"), selection("a2", "5")));

        assertThat(dialogs.suggestedLink).isEqualTo(new LinkDetails(FactKind.NUMBER, "12"));
    }

    @Test
    void undoRemovesTheLinkedFact() {
        int before = workspace.getProject().facts().size();
        commands.link(hurtInTwoArticles());

        workspace.undo();

        assertThat(workspace.getProject().facts()).hasSize(before);
    }

    @Test
    void aSelectionInOnlyOnePaneIsRefusedWithAMessage() {
        var before = workspace.getProject();

        commands.link(List.of(selection("a1", "hurt")));

        assertThat(dialogs.errors).containsExactly(
                "Cannot link: select the same fact in at least two articles to link it");
        assertThat(workspace.getProject()).isSameAs(before);
    }

    @Test
    void cancellingTheDialogLinksNothing() {
        var before = workspace.getProject();
        dialogs.linkAnswer = null;

        commands.link(hurtInTwoArticles());

        assertThat(workspace.getProject()).isSameAs(before);
    }

    @Test
    void mergingTwoSelectedFactsKeepsTheFocusedOne() {
        commands.mergeSelected(List.of("f2", "f3"), "f3");

        assertThat(workspace.getProject().fact("f2")).isEmpty();
        assertThat(fact("f3").mentions()).hasSize(4);
        assertThat(workspace.selectedFactIdProperty().get()).isEqualTo("f3");
    }

    @Test
    void mergingOneSelectedFactAsksWhichOtherFactToJoin() {
        dialogs.choiceAnswer = options -> options.stream()
                .filter(o -> ((FactEditCommands.FactChoice) o).fact().id().equals("f3")).findFirst().orElseThrow();

        commands.mergeSelected(List.of("f2"), "f2");

        assertThat(workspace.getProject().fact("f3")).isEmpty();
        assertThat(fact("f2").mentions()).hasSize(4);
    }

    @Test
    void mergingWithNothingSelectedShowsWhatToDo() {
        commands.mergeSelected(List.of(), null);

        assertThat(dialogs.errors).containsExactly("Cannot merge: select a fact in the list first");
    }

    @Test
    void splittingOffAMentionMakesANewFactOnlyWhenTwoArticlesStillStateIt() {
        Mention four = fact("f1").mentions().get(0);

        commands.splitOff("f1", four);

        assertThat(fact("f1").mentions()).extracting(Mention::text).containsExactly("Two", "Two");
        assertThat(workspace.getProject().facts()).noneMatch(f -> f.mentions().contains(four));
    }

    @Test
    void removingAMentionTakesItOutOfTheFact() {
        Mention four = fact("f1").mentions().get(0);

        commands.removeMention("f1", four);

        assertThat(fact("f1").mentions()).doesNotContain(four).hasSize(2);
    }

    @Test
    void aRefusedEditShowsItsReasonAndChangesNothing() {
        var before = workspace.getProject();
        Mention notInF2 = fact("f1").mentions().get(0);

        commands.removeMention("f2", notInF2);

        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot remove the mention: ");
        assertThat(workspace.getProject()).isSameAs(before);
    }
}
