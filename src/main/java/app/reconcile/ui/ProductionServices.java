package app.reconcile.ui;

import app.reconcile.core.analysis.FactFinder;
import app.reconcile.io.ArticleImporter;
import app.reconcile.io.ProjectFiles;
import app.reconcile.report.ReportExporter;
import app.reconcile.ui.workspace.ProjectStore;
import app.reconcile.ui.workspace.RecoveryPort;
import app.reconcile.ui.workspace.WorkspaceServices;

import java.util.List;

/** The real collaborators: the analysis engine, project files, article import, report export, autosave. */
final class ProductionServices {
    private ProductionServices() {
    }

    static WorkspaceServices create() {
        FactFinder finder = (articles, monitor) -> List.of(); // replaced by the engine's Analyzer once merged
        ArticleImporter importer = new ArticleImporter();
        ReportExporter exporter = new ReportExporter();
        return new WorkspaceServices(finder, ProjectStore.of(new ProjectFiles()), importer::importPaths,
                exporter::write, RecoveryPort.NONE, List::of);
    }
}
