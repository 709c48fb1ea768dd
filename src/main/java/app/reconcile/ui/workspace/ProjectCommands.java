package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.core.carry.DecisionCarrier;
import app.reconcile.core.carry.LostDecision;
import app.reconcile.io.ImportResult;
import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.DialogService;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.UiPreferences;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The file-level commands of the workspace: analyse, open, save, save as, add articles, autosave. Slow parts
 * run through the {@link BackgroundActivity}; results are applied to the {@link WorkspaceViewModel} on
 * the FX thread; failures reach the editor as one-line messages and change nothing.
 */
public final class ProjectCommands {
    private final WorkspaceViewModel workspace;
    private final WorkspaceServices services;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final UiPreferences preferences;

    public ProjectCommands(WorkspaceViewModel workspace, WorkspaceServices services, DialogService dialogs,
                           FileChooserService files, UiPreferences preferences) {
        this.workspace = workspace;
        this.services = services;
        this.dialogs = dialogs;
        this.files = files;
        this.preferences = preferences;
    }

    /** The default start: the embedded seed articles, analysed, as an untitled project. */
    public void openSeeds() {
        openSeeds(Runnable::run);
    }

    /**
     * Shows the seed articles at once and hands the start of their analysis to {@code startAnalysis}, so the
     * window can draw the texts before the analysis takes the CPU (on two cores it otherwise stays blank).
     */
    public void openSeeds(Consumer<Runnable> startAnalysis) {
        List<Article> seeds = services.seeds().get();
        Project unanalysed = new Project(seeds, List.of());
        services.projects().startNew();
        workspace.reset(unanalysed, null);
        startAnalysis.accept(() -> analyseSeeds(seeds, unanalysed));
    }

    private void analyseSeeds(List<Article> seeds, Project unanalysed) {
        if (workspace.getProject() != unanalysed) {
            return; // the editor opened something else meanwhile
        }
        activity().run(BackgroundTask.of("Analysing " + seeds.size() + " articles",
                        monitor -> new Project(seeds, services.factFinder().findFacts(seeds, monitor)))
                .onSuccess(analysed -> {
                    // the editor may have opened a project meanwhile: never overwrite it
                    if (workspace.getProject() == unanalysed) {
                        workspace.reset(analysed, null);
                    }
                }),
                error -> dialogs.showError("Analysis failed", error));
    }

    /** Ctrl+O: asks for a file (after the unsaved-changes question) and loads it. */
    public void open() {
        new UnsavedChangesGuard(workspace, dialogs, this).proceed(() ->
                files.chooseProjectToOpen().ifPresent(this::open));
    }

    /** Opens a recently used project (after the unsaved-changes question). */
    public void openRecent(Path file) {
        new UnsavedChangesGuard(workspace, dialogs, this).proceed(() -> open(file));
    }

    /** Loads {@code file}; a bad file shows its problem and leaves the current project as it was. */
    public void open(Path file) {
        activity().runExplained(BackgroundTask.of("Opening " + file.getFileName(), monitor -> services.projects().load(file))
                        .onSuccess(loaded -> {
                            workspace.reset(loaded, file);
                            preferences.addRecentProject(file);
                            activity().say("Opened " + file.getFileName());
                        }),
                (error, details) -> dialogs.showError("Could not open " + file.getFileName(), error, details));
    }

    /** Ctrl+S: saves to the project's file, asking for one first if it has none. */
    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code afterSaved} (only if the save succeeded). */
    public void save(Runnable afterSaved) {
        Path file = workspace.getProjectFile();
        if (file == null) {
            saveAs(afterSaved);
        } else {
            saveTo(file, afterSaved);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable afterSaved) {
        files.chooseProjectToSave(workspace.documentName().replaceFirst("^Untitled$", "reconcile.json"))
                .ifPresent(file -> saveTo(file, afterSaved));
    }

    /** Writes the current project to {@code file} (atomically, off the FX thread). */
    public void saveTo(Path file, Runnable afterSaved) {
        Project snapshot = workspace.getProject();
        Path previousFile = workspace.getProjectFile();
        activity().run(BackgroundTask.of("Saving " + file.getFileName(), monitor -> {
                            services.projects().save(snapshot, file);
                            discardAutosaves(previousFile, file);
                            return file;
                        })
                        .onSuccess(saved -> {
                            workspace.markSaved(snapshot, saved);
                            preferences.addRecentProject(saved);
                            activity().say("Saved " + saved.getFileName());
                            afterSaved.run();
                        }),
                error -> dialogs.showError("Could not save " + file.getFileName(), error));
    }

    /** After a save the autosaves are obsolete; failing to delete one must not turn the save into an error. */
    private void discardAutosaves(Path previousFile, Path savedFile) {
        try {
            services.recovery().discardFor(previousFile);
            services.recovery().discardFor(savedFile);
        } catch (IOException e) {
            // a stale autosave is only offered while it is newer than the project file, which it no longer is
        }
    }

    /** Asks for article files and adds them. */
    public void addArticles() {
        List<Path> chosen = files.chooseArticles();
        if (!chosen.isEmpty()) {
            addArticles(chosen);
        }
    }

    /**
     * Imports {@code paths}, re-analyses all articles and keeps every earlier decision whose text is still
     * a fact; says how many were kept and which were not. Each file that cannot be read is reported with
     * its reason and skipped; the others are added.
     */
    public void addArticles(List<Path> paths) {
        add("Adding " + paths.size() + " article(s)", "files",
                (firstIndex, monitor) -> services.articles().importEach(paths, firstIndex));
    }

    /**
     * Fetches the pages at {@code addresses} and adds them as {@link #addArticles(List)} adds files: off the FX
     * thread, with progress, one message per page that could not be fetched, the others added.
     */
    public void addFromWeb(List<String> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        add("Fetching " + addresses.size() + " page(s)", "pages",
                (firstIndex, monitor) -> services.web().fetchEach(addresses, firstIndex, monitor));
    }

    /** Reads new articles in the background; {@code what} names them in the message about those that failed. */
    private void add(String title, String what, Importer importer) {
        Project before = workspace.getProject();
        activity().run(BackgroundTask.of(title, monitor -> {
                            ImportResult imported = importer.read(nextArticleIndex(before), monitor);
                            monitor.checkCancelled();
                            if (imported.articles().isEmpty()) {
                                return new Analysed(before.articles(), List.of(), 0, imported.problems(), what);
                            }
                            List<Article> all = new ArrayList<>(before.articles());
                            all.addAll(imported.articles());
                            return new Analysed(all, services.factFinder().findFacts(all, monitor),
                                    imported.articles().size(), imported.problems(), what);
                        })
                        .onSuccess(this::applyAddedArticles),
                error -> dialogs.showError("Could not add the articles", error));
    }

    /** The reading half of adding articles: files or web pages, numbered from {@code firstIndex}. */
    @FunctionalInterface
    private interface Importer {
        ImportResult read(int firstIndex, ProgressMonitor monitor) throws Exception;
    }

    /**
     * Carries the decisions of the project as it is now (the editor may have decided more while the
     * analysis ran) onto the new facts, as one undoable edit.
     */
    private void applyAddedArticles(Analysed analysed) {
        if (analysed.added() == 0) {
            dialogs.showError("No article was added", String.join("\n", analysed.problems()));
            return;
        }
        Project current = workspace.getProject();
        List<Article> now = current.articles();
        if (now.size() > analysed.articles().size() || !now.equals(analysed.articles().subList(0, now.size()))) {
            activity().say("The articles changed while adding; nothing was added");
            return;
        }
        DecisionCarrier.Outcome outcome = new DecisionCarrier()
                .carry(current, new Project(analysed.articles(), analysed.facts()));
        workspace.edit(p -> outcome.project());
        String summary = summary(analysed.added(), outcome);
        activity().say(summary);
        if (!outcome.lost().isEmpty()) {
            dialogs.showInformation("Some decisions could not be kept",
                    summary + "\n" + ArticleCommands.lostDecisions(outcome.lost()));
        }
        if (!analysed.problems().isEmpty()) {
            dialogs.showInformation("Some " + analysed.what() + " were not added",
                    String.join("\n", analysed.problems()));
        }
    }

    /** Writes the recovery file if there are unsaved changes and nothing else is running. */
    public void autosave() {
        if (!workspace.isDirty() || activity().isBusy()) {
            return;
        }
        Project snapshot = workspace.getProject();
        Path file = workspace.getProjectFile();
        activity().run(BackgroundTask.of("Autosaving", monitor -> {
                    services.recovery().write(snapshot, file);
                    return file;
                }).onSuccess(saved -> activity().say("Autosaved")),
                error -> activity().say("Autosave failed: " + error));
    }

    /**
     * At startup: if a recovery file is newer than the project we opened with, offers to restore it;
     * declining discards it. Returns true when restored.
     */
    public boolean offerRecovery(Instant projectModifiedOrNull) {
        Optional<RecoveryPort.Recovered> found = services.recovery().find();
        if (found.isEmpty()) {
            return false;
        }
        RecoveryPort.Recovered recovered = found.get();
        if (projectModifiedOrNull != null && !recovered.savedAt().isAfter(projectModifiedOrNull)) {
            return false;
        }
        String name = recovered.projectFile() == null ? "an untitled project" : recovered.projectFile().getFileName().toString();
        if (dialogs.confirm("Restore unsaved work", "Reconcile found unsaved changes to " + name
                + " from " + recovered.savedAt() + ". Restore them?")) {
            workspace.restore(recovered.project(), recovered.projectFile());
            activity().say("Restored unsaved work");
            return true;
        }
        try {
            services.recovery().discard(recovered);
        } catch (IOException e) {
            activity().say("Could not remove the old autosave: " + e.getMessage());
        }
        return false;
    }

    private BackgroundActivity activity() {
        return workspace.activity();
    }

    /** Article ids are "a1", "a2", ...: new ones continue after the highest number in use. */
    static int nextArticleIndex(Project project) {
        int max = 0;
        for (Article a : project.articles()) {
            String digits = a.id().replaceAll("\\D", "");
            if (!digits.isEmpty() && digits.length() < 9) {
                max = Math.max(max, Integer.parseInt(digits));
            }
        }
        return max + 1;
    }

    /** "Added 2 article(s); kept 3 decision(s); could not keep 1: children among the injured". */
    static String summary(int added, DecisionCarrier.Outcome outcome) {
        StringBuilder text = new StringBuilder("Added " + added + " article(s); kept " + outcome.kept() + " decision(s)");
        if (!outcome.lost().isEmpty()) {
            text.append("; could not keep ").append(outcome.lost().size()).append(": ")
                    .append(String.join(", ", outcome.lost().stream().map(LostDecision::label).toList()));
        }
        return text.toString();
    }

    /** The result of the background part of adding articles: all articles and their fresh facts. */
    private record Analysed(List<Article> articles, List<Fact> facts, int added, List<String> problems,
                            String what) {
    }
}
