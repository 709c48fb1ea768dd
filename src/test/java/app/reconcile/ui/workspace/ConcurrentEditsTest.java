package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.io.ImportResult;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.support.ManualTaskExecutor;
import app.reconcile.ui.support.MemoryProjectStore;
import app.reconcile.ui.support.RecordingDialogs;
import app.reconcile.ui.support.ScriptedFiles;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** What the editor does while analysis still runs in the background must survive its result. */
class ConcurrentEditsTest {
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final MemoryProjectStore store = new MemoryProjectStore();
    private final Preferences node = Preferences.userRoot().node("reconcile-test/" + UUID.randomUUID());
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(new BackgroundActivity(executor));
    private ProjectCommands commands;

    @BeforeEach
    void setUp() {
        WorkspaceServices services = new WorkspaceServices((articles, monitor) -> TestProjects.small().facts(), store,
                (paths, first) -> new ImportResult(List.of(new Article("a" + first, "new.txt", "New", "Nothing here.")),
                        List.of()),
                (p, f, file) -> { }, null, () -> TestProjects.small().articles());
        commands = new ProjectCommands(workspace, services, new RecordingDialogs(), new ScriptedFiles(),
                new UiPreferences(node));
    }

    @AfterEach
    void dropPreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aProjectOpenedWhileTheSeedsAreAnalysedIsNotOverwritten() {
        Path file = Path.of("/p/story.json");
        Project saved = TestProjects.small().withFacts(List.of());
        store.files.put(file, saved);
        commands.openSeeds();
        commands.open(file);

        executor.finishLast(); // the file loads first
        executor.finishNext(); // then the seeds' analysis ends

        assertThat(workspace.getProject()).isEqualTo(saved);
        assertThat(workspace.getProjectFile()).isEqualTo(file);
    }

    @Test
    void decisionsTakenWhileArticlesAreAddedAreKept() {
        workspace.reset(TestProjects.small(), null);
        commands.addArticles(List.of(Path.of("new.txt")));
        workspace.edit(p -> p.updateFact("f2", f -> f.withResolution(Resolution.dismiss("", "", Instant.EPOCH))));

        executor.finishNext();

        assertThat(workspace.getProject().articles()).hasSize(4);
        assertThat(workspace.getProject().fact("f2").map(Fact::resolution)).isPresent();
    }
}
