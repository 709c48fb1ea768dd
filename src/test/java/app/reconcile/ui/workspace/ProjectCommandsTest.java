package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.io.ImportResult;
import app.reconcile.ui.common.SaveChoice;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.support.MemoryProjectStore;
import app.reconcile.ui.support.RecordingDialogs;
import app.reconcile.ui.support.ScriptedFiles;
import app.reconcile.ui.support.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCommandsTest {
    private static final Path FILE = Path.of("/projects/story.json");

    private final MemoryProjectStore store = new MemoryProjectStore();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedFiles files = new ScriptedFiles();
    private final Preferences node = Preferences.userRoot().node("reconcile-test/" + UUID.randomUUID());
    private List<Article> imported = List.of();
    private List<String> problems = List.of();
    private final List<List<String>> fetchedAddresses = new ArrayList<>();
    private int fetchedFirstIndex;
    private FactFinder finder = (articles, monitor) -> TestProjects.small().facts();
    private WorkspaceViewModel workspace;
    private ProjectCommands commands;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));
        WorkspaceServices services = new WorkspaceServices((articles, monitor) -> finder.findFacts(articles, monitor),
                store, (paths, first) -> new ImportResult(imported, problems),
                (project, format, file) -> { }, null,
                () -> TestProjects.small().articles(), (addresses, first, monitor) -> {
                    fetchedAddresses.add(List.copyOf(addresses));
                    fetchedFirstIndex = first;
                    return new ImportResult(imported, problems);
                });
        commands = new ProjectCommands(workspace, services, dialogs, files, new UiPreferences(node));
        workspace.reset(TestProjects.small(), null);
    }

    @AfterEach
    void dropPreferences() throws BackingStoreException {
        node.removeNode();
    }

    private void decideChildren() {
        workspace.edit(p -> p.updateFact("f1", f -> f.withResolution(
                Resolution.choose(f.variants().get(0), "", "ed", Instant.EPOCH))));
    }

    @Test
    void theSeedsOpenAnalysedAndClean() {
        commands.openSeeds();

        assertThat(workspace.getProject().facts()).hasSize(3);
        assertThat(workspace.isDirty()).isFalse();
    }

    @Test
    void saveAsWritesTheProjectAndMarksItClean() {
        decideChildren();
        files.projectToSave = FILE;

        commands.save();

        assertThat(store.files.get(FILE)).isEqualTo(workspace.getProject());
        assertThat(workspace.isDirty()).isFalse();
        assertThat(workspace.getProjectFile()).isEqualTo(FILE);
    }

    @Test
    void cancellingTheSaveChooserWritesNothing() {
        decideChildren();

        commands.save();

        assertThat(store.files).isEmpty();
        assertThat(workspace.isDirty()).isTrue();
    }

    @Test
    void aFailedSaveShowsTheReasonAndStaysDirty() {
        decideChildren();
        store.failSaves = true;

        commands.saveTo(FILE, () -> { });

        assertThat(dialogs.errors).containsExactly("Could not save story.json: disk full");
        assertThat(workspace.isDirty()).isTrue();
    }

    @Test
    void openingABadFileShowsItsProblemAndChangesNothing() {
        decideChildren();
        Project before = workspace.getProject();

        commands.open(Path.of("/projects/broken.json"));

        assertThat(dialogs.errors).containsExactly("Could not open broken.json: broken.json is not a Reconcile project");
        assertThat(workspace.getProject()).isSameAs(before);
        assertThat(workspace.isDirty()).isTrue();
    }

    @Test
    void openingAGoodFileReplacesTheProject() {
        Project saved = TestProjects.small().withFacts(List.of());
        store.files.put(FILE, saved);

        commands.open(FILE);

        assertThat(workspace.getProject()).isEqualTo(saved);
        assertThat(workspace.getProjectFile()).isEqualTo(FILE);
    }

    @Test
    void addingArticlesKeepsDecisionsOnTheSameText() {
        decideChildren();
        imported = List.of(new Article("a4", "004.txt", "Four", "Nothing to see."));

        commands.addArticles(List.of(Path.of("004.txt")));

        assertThat(workspace.getProject().articles()).hasSize(4);
        assertThat(workspace.getProject().fact("f1").map(Fact::resolution)).isPresent();
        assertThat(workspace.activity().messageProperty().get())
                .isEqualTo("Added 1 article(s); kept 1 decision(s)");
    }

    @Test
    void addingArticlesNamesTheDecisionsThatCouldNotBeKept() {
        decideChildren();
        imported = List.of(new Article("a4", "004.txt", "Four", "Nothing to see."));
        finder = (articles, monitor) -> List.of();

        commands.addArticles(List.of(Path.of("004.txt")));

        assertThat(dialogs.informations).singleElement().asString().contains("could not keep 1: children hurt")
                .endsWith("• children hurt: no new fact covers its text any more");
    }

    @Test
    void whenNoFileCanBeReadTheProblemsShowAndNothingChanges() {
        Project before = workspace.getProject();
        problems = List.of("empty.txt: the file is empty");

        commands.addArticles(List.of(Path.of("empty.txt")));

        assertThat(dialogs.errors).containsExactly("No article was added: empty.txt: the file is empty");
        assertThat(workspace.getProject()).isSameAs(before);
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheGoodOnesAreAdded() {
        imported = List.of(new Article("a4", "004.txt", "Four", "Nothing to see."));
        problems = List.of("movie.mp4: unsupported file type");

        commands.addArticles(List.of(Path.of("004.txt"), Path.of("movie.mp4")));

        assertThat(workspace.getProject().articles()).hasSize(4);
        assertThat(dialogs.informations).containsExactly("Some files were not added: movie.mp4: unsupported file type");
    }

    @Test
    void pagesFromTheWebAreAddedLikeFilesAndNumberedAfterTheLastArticle() {
        decideChildren();
        imported = List.of(new Article("a4", "The Harbour Times", "Ferry", "Nothing to see.",
                "https://harbour.example/ferry", java.time.LocalDate.of(2025, 8, 6)));

        commands.addFromWeb(List.of("https://harbour.example/ferry"));

        assertThat(fetchedAddresses).containsExactly(List.of("https://harbour.example/ferry"));
        assertThat(fetchedFirstIndex).isEqualTo(4);
        assertThat(workspace.getProject().article("a4").map(Article::source)).contains("The Harbour Times");
        assertThat(workspace.getProject().fact("f1").map(Fact::resolution)).isPresent();
        assertThat(workspace.activity().messageProperty().get()).isEqualTo("Added 1 article(s); kept 1 decision(s)");
    }

    @Test
    void aPageThatCouldNotBeFetchedIsNamedWithItsReasonAndTheOthersAreAdded() {
        imported = List.of(new Article("a4", "Coastal Daily", "Ferry", "Nothing to see."));
        problems = List.of("https://x.example/gone: the page was not found (HTTP 404 Not Found)");

        commands.addFromWeb(List.of("https://coastal.example/ferry", "https://x.example/gone"));

        assertThat(workspace.getProject().articles()).hasSize(4);
        assertThat(dialogs.informations).containsExactly(
                "Some pages were not added: https://x.example/gone: the page was not found (HTTP 404 Not Found)");
    }

    @Test
    void whenNoPageCouldBeFetchedTheReasonsShowAndNothingChanges() {
        Project before = workspace.getProject();
        problems = List.of("ftp://x.example/a: only http:// and https:// addresses can be fetched, not ftp:",
                "https://x.example/b: no answer within 15 s (the site is too slow or unreachable)");

        commands.addFromWeb(List.of("ftp://x.example/a", "https://x.example/b"));

        assertThat(dialogs.errors).containsExactly("No article was added: " + String.join("\n", problems));
        assertThat(workspace.getProject()).isSameAs(before);
    }

    @Test
    void addFromWebAsksForAddressesOneALineAndFetchesEachOnce() {
        dialogs.webAddressesAnswer = "https://a.example/1\n\n  https://b.example/2  \nhttps://a.example/1\n";

        new AddFromWebCommand(commands, dialogs).addFromWeb();

        assertThat(fetchedAddresses).containsExactly(List.of("https://a.example/1", "https://b.example/2"));
    }

    @Test
    void cancellingTheAddressFormFetchesNothing() {
        dialogs.webAddressesAnswer = null;

        new AddFromWebCommand(commands, dialogs).addFromWeb();

        assertThat(fetchedAddresses).isEmpty();
    }

    @Test
    void aDroppedBrowserLinkIsFetchedAndDroppedPlainTextIsNot() {
        AddFromWebCommand web = new AddFromWebCommand(commands, dialogs);

        assertThat(web.addDropped(null, "Four of the injured were children.")).isFalse();
        assertThat(web.addDropped("https://a.example/story", "Ferry strikes pier")).isTrue();

        assertThat(fetchedAddresses).containsExactly(List.of("https://a.example/story"));
    }

    @Test
    void newArticlesContinueTheIdNumbering() {
        assertThat(ProjectCommands.nextArticleIndex(TestProjects.small())).isEqualTo(4);
    }

    @Test
    void closingWithoutChangesDoesNotAsk() {
        boolean[] closed = {false};

        new UnsavedChangesGuard(workspace, dialogs, commands).proceed(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        assertThat(dialogs.saveQuestions).isEmpty();
    }

    @Test
    void closingWithChangesAsksAndCancelKeepsTheWindow() {
        decideChildren();
        dialogs.saveAnswer = SaveChoice.CANCEL;
        boolean[] closed = {false};

        new UnsavedChangesGuard(workspace, dialogs, commands).proceed(() -> closed[0] = true);

        assertThat(dialogs.saveQuestions).containsExactly("Untitled");
        assertThat(closed[0]).isFalse();
    }

    @Test
    void closingWithChangesAndDontSaveClosesWithoutWriting() {
        decideChildren();
        dialogs.saveAnswer = SaveChoice.DISCARD;
        boolean[] closed = {false};

        new UnsavedChangesGuard(workspace, dialogs, commands).proceed(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        assertThat(store.files).isEmpty();
    }

    @Test
    void closingWithChangesAndSaveClosesOnlyAfterTheSave() {
        decideChildren();
        dialogs.saveAnswer = SaveChoice.SAVE;
        files.projectToSave = FILE;
        boolean[] closed = {false};

        new UnsavedChangesGuard(workspace, dialogs, commands).proceed(() -> closed[0] = true);

        assertThat(store.files).containsKey(FILE);
        assertThat(closed[0]).isTrue();
    }

    @Test
    void closingWithChangesAndAFailedSaveKeepsTheWindow() {
        decideChildren();
        dialogs.saveAnswer = SaveChoice.SAVE;
        files.projectToSave = FILE;
        store.failSaves = true;
        boolean[] closed = {false};

        new UnsavedChangesGuard(workspace, dialogs, commands).proceed(() -> closed[0] = true);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void aRecoveryNewerThanTheProjectIsRestoredWhenTheEditorAgrees() {
        Project recovered = TestProjects.small().withFacts(List.of());
        RecoveryPort recovery = recoveryHolding(recovered, Instant.parse("2026-01-02T00:00:00Z"));
        ProjectCommands withRecovery = new ProjectCommands(workspace, new WorkspaceServices(finder, store,
                (p, i) -> new ImportResult(List.of(), List.of()), (p, f, file) -> { }, recovery, List::of), dialogs, files, new UiPreferences(node));
        dialogs.confirmAnswer = true;

        boolean restored = withRecovery.offerRecovery(Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(restored).isTrue();
        assertThat(workspace.getProject()).isEqualTo(recovered);
        assertThat(workspace.isDirty()).isTrue();
    }

    @Test
    void aRecoveryOlderThanTheProjectIsNotOffered() {
        RecoveryPort recovery = recoveryHolding(TestProjects.small(), Instant.parse("2026-01-01T00:00:00Z"));
        ProjectCommands withRecovery = new ProjectCommands(workspace, new WorkspaceServices(finder, store,
                (p, i) -> new ImportResult(List.of(), List.of()), (p, f, file) -> { }, recovery, List::of), dialogs, files, new UiPreferences(node));
        dialogs.confirmAnswer = true;

        assertThat(withRecovery.offerRecovery(Instant.parse("2026-01-02T00:00:00Z"))).isFalse();
    }

    @Test
    void autosaveWritesTheRecoveryFileOnlyWhenThereAreUnsavedChanges() {
        List<Project> written = new ArrayList<>();
        ProjectCommands withRecovery = new ProjectCommands(workspace, new WorkspaceServices(finder, store,
                (p, i) -> new ImportResult(List.of(), List.of()), (p, f, file) -> { }, recordingRecovery(written), List::of), dialogs, files,
                new UiPreferences(node));

        withRecovery.autosave();
        decideChildren();
        withRecovery.autosave();

        assertThat(written).containsExactly(workspace.getProject());
    }

    private static RecoveryPort recordingRecovery(List<Project> written) {
        return new RecoveryPort() {
            @Override
            public void write(Project project, Path file) {
                written.add(project);
            }

            @Override
            public Optional<Recovered> find() {
                return Optional.empty();
            }

            @Override
            public void discard(Recovered recovered) {
            }

            @Override
            public void discardFor(Path file) {
            }
        };
    }

    private static RecoveryPort recoveryHolding(Project project, Instant savedAt) {
        return new RecoveryPort() {
            @Override
            public void write(Project p, Path file) {
            }

            @Override
            public Optional<Recovered> find() {
                return Optional.of(new Recovered(project, null, savedAt, Path.of("r.json")));
            }

            @Override
            public void discard(Recovered recovered) {
            }

            @Override
            public void discardFor(Path file) {
            }
        };
    }
}
