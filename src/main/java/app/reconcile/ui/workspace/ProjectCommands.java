package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.Project;
import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.DialogService;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.UiPreferences;

import java.nio.file.Path;
import java.util.List;

/**
 * The file-level commands of the workspace: analyse, open, save, save as, add articles, export. Slow parts
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
        List<Article> seeds = services.seeds().get();
        workspace.reset(new Project(seeds, List.of()), null);
        activity().run(BackgroundTask.of("Analysing " + seeds.size() + " articles",
                        monitor -> new Project(seeds, services.factFinder().findFacts(seeds, monitor)))
                .onSuccess(analysed -> workspace.reset(analysed, null)),
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
        activity().run(BackgroundTask.of("Opening " + file.getFileName(), monitor -> services.projects().load(file))
                        .onSuccess(loaded -> {
                            workspace.reset(loaded, file);
                            preferences.addRecentProject(file);
                            activity().say("Opened " + file.getFileName());
                        }),
                error -> dialogs.showError("Could not open " + file.getFileName(), error));
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
                            services.recovery().discardFor(previousFile);
                            services.recovery().discardFor(file);
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

    /** Asks for article files and adds them. */
    public void addArticles() {
        List<Path> chosen = files.chooseArticles();
        if (!chosen.isEmpty()) {
            addArticles(chosen);
        }
    }

    /**
     * Imports {@code paths}, re-analyses all articles and keeps every earlier decision whose text is still
     * a fact; says how many were kept and which were not. A bad file changes nothing.
     */
    public void addArticles(List<Path> paths) {
        Project before = workspace.getProject();
        activity().run(BackgroundTask.of("Adding " + paths.size() + " article(s)", monitor -> {
                            List<Article> added = services.articles().importPaths(paths, nextArticleIndex(before));
                            List<Article> all = new java.util.ArrayList<>(before.articles());
                            all.addAll(added);
                            DecisionCarrier.Outcome outcome = new DecisionCarrier()
                                    .carry(before.facts(), services.factFinder().findFacts(all, monitor));
                            return new ArticlesAdded(new Project(all, outcome.facts()), added.size(), outcome);
                        })
                        .onSuccess(result -> {
                            workspace.edit(current -> result.project());
                            String summary = result.summary();
                            activity().say(summary);
                            if (!result.outcome().lost().isEmpty()) {
                                dialogs.showInformation("Some decisions could not be kept", summary);
                            }
                        }),
                error -> dialogs.showError("Could not add the articles", error));
    }

    /** Asks for a report file and format, and writes the report. */
    public void exportReport() {
        String base = workspace.documentName().replaceFirst("\\.json$", "").replaceFirst("^Untitled$", "reconcile");
        files.chooseExportTarget(base + "-report").ifPresent(this::exportReport);
    }

    public void exportReport(FileChooserService.ExportTarget target) {
        Project snapshot = workspace.getProject();
        activity().run(BackgroundTask.of("Exporting " + target.file().getFileName(), monitor -> {
                            services.reports().write(snapshot, target.format(), target.file());
                            return target.file();
                        })
                        .onSuccess(file -> {
                            preferences.rememberFolderOf(file);
                            activity().say("Report written to " + file);
                        }),
                error -> dialogs.showError("Could not export the report", error));
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
    public boolean offerRecovery(java.time.Instant projectModifiedOrNull) {
        var found = services.recovery().find();
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
        } catch (java.io.IOException e) {
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

    private record ArticlesAdded(Project project, int count, DecisionCarrier.Outcome outcome) {
        String summary() {
            StringBuilder text = new StringBuilder("Added " + count + " article(s); kept " + outcome.kept()
                    + " decision(s)");
            if (!outcome.lost().isEmpty()) {
                text.append("; could not keep ").append(outcome.lost().size()).append(": ");
                text.append(String.join(", ", outcome.lost().stream()
                        .map(f -> f.label().isBlank() ? f.id() : f.label()).toList()));
            }
            return text.toString();
        }
    }
}
