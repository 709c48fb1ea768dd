package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.names.SourceNames;
import app.reconcile.core.Fact;
import app.reconcile.core.Resolution;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.io.ImportResult;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.support.MemoryProjectStore;
import app.reconcile.ui.support.RecordingDialogs;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleCommandsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** The stand-in analysis keeps the small project's facts that two remaining articles still state. */
    private FactFinder finder = (articles, monitor) -> TestProjects.small().facts().stream()
            .map(f -> f.withMentions(f.mentions().stream()
                    .filter(m -> articles.stream().anyMatch(a -> a.id().equals(m.articleId()))).toList(), f.verdict()))
            .filter(f -> f.articleIds().size() >= 2).toList();
    private WorkspaceViewModel workspace;
    private ArticleCommands commands;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));
        workspace.reset(TestProjects.small(), null);
        WorkspaceServices services = new WorkspaceServices((articles, monitor) -> finder.findFacts(articles, monitor),
                new MemoryProjectStore(), (paths, first) -> new ImportResult(List.of(), List.of()),
                (p, f, file) -> { }, null, null);
        commands = new ArticleCommands(workspace, services, dialogs);
    }

    private void decide(String factId) {
        workspace.edit(p -> p.updateFact(factId, f -> f.withResolution(
                Resolution.choose(f.variants().get(0), "", "ed", Instant.EPOCH))));
    }

    private Article article(String id) {
        return workspace.getProject().article(id).orElseThrow();
    }

    @Test
    void renamingNamesTheSourceKeepsTitleAndTextAndIsUndoable() {
        commands.rename("a2", "Second report");

        assertThat(SourceNames.of(article("a2"))).isEqualTo("Second report");
        assertThat(article("a2").title()).isEqualTo("Two");
        assertThat(article("a2").text()).isEqualTo(TestProjects.small().articles().get(1).text());
        workspace.undo();
        assertThat(article("a2").source()).isEqualTo("002.txt");
    }

    @Test
    void aBlankTitleFromTheDialogKeepsTheOldOne() {
        dialogs.textAnswer = "   ";

        commands.rename("a2");

        assertThat(article("a2").source()).isEqualTo("002.txt");
    }

    @Test
    void removingAnArticleKeepsTheDecisionsWhoseTextRemains() {
        decide("f1");

        commands.remove("a3");

        assertThat(workspace.getProject().articles()).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(workspace.getProject().facts()).filteredOn(f -> f.label().equals("children hurt"))
                .singleElement().extracting(Fact::resolution).isNotNull();
        assertThat(dialogs.informations).isEmpty();
    }

    @Test
    void removingAnArticleListsTheDecisionsThatCouldNotBeKeptAndWhy() {
        decide("f2");

        commands.remove("a2");

        assertThat(dialogs.informations).containsExactly("Some decisions could not be kept: "
                + "• dead: only one of its articles is still in the project, so there is nothing to compare");
    }

    @Test
    void removingIsUndoable() {
        commands.remove("a1");

        workspace.undo();

        assertThat(workspace.getProject()).isEqualTo(TestProjects.small());
    }
}
