package app.reconcile.ui.report;

import app.reconcile.core.Project;
import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.DocumentViewer;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.FileChooserService.ExportTarget;
import app.reconcile.ui.common.ReportFormatLabels;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.workspace.ReportWriter;
import app.reconcile.ui.workspace.WorkspaceViewModel;

import java.nio.file.Path;

/**
 * File ▸ Export report…: the export dialog (format, destination, what the report will contain), the write
 * on the background executor, then the offer to open the written file. Remembers the folder and format.
 */
public final class ExportCommand {
    private final WorkspaceViewModel workspace;
    private final ReportWriter reports;
    private final ExportDialogService dialogs;
    private final FileChooserService files;
    private final UiPreferences preferences;
    private final DocumentViewer viewer;

    public ExportCommand(WorkspaceViewModel workspace, ReportWriter reports, ExportDialogService dialogs,
                         FileChooserService files, UiPreferences preferences, DocumentViewer viewer) {
        this.workspace = workspace;
        this.reports = reports;
        this.dialogs = dialogs;
        this.files = files;
        this.preferences = preferences;
        this.viewer = viewer;
    }

    /** Opens the dialog on the current project; writes the report if the editor confirms. */
    public void exportReport() {
        Project snapshot = workspace.getProject();
        ExportDialogModel model = new ExportDialogModel(ExportSummary.of(snapshot),
                preferences.lastReportFormat(), suggestedFile(), files);
        dialogs.askExport(model).ifPresent(target -> write(snapshot, target));
    }

    /** Writes {@code snapshot} to {@code target} off the FX thread; failures show their one-line reason. */
    public void write(Project snapshot, ExportTarget target) {
        workspace.activity().run(BackgroundTask.of("Exporting " + target.file().getFileName(), monitor -> {
                            reports.write(snapshot, target.format(), target.file());
                            return target.file();
                        })
                        .onSuccess(file -> {
                            preferences.rememberFolderOf(file);
                            preferences.setLastReportFormat(target.format());
                            workspace.activity().say("Report written to " + file);
                            if (dialogs.confirm("Report written", "The report was written to " + file
                                    + ". Open it now?")) {
                                viewer.show(file);
                            }
                        }),
                error -> dialogs.showError("Could not export the report", error));
    }

    /** "<project>-report.<ext>" in the last used folder (or beside the project file). */
    private Path suggestedFile() {
        String base = workspace.documentName().replaceFirst("\\.json$", "").replaceFirst("^Untitled$", "reconcile");
        String name = ReportFormatLabels.withExtension(base + "-report", preferences.lastReportFormat());
        Path folder = preferences.lastFolder().orElseGet(() -> {
            Path project = workspace.getProjectFile();
            return project == null ? Path.of(System.getProperty("user.home", ".")) : project.toAbsolutePath().getParent();
        });
        return folder == null ? Path.of(name) : folder.resolve(name);
    }
}
