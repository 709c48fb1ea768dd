package app.reconcile.ui;

import app.reconcile.core.analysis.Analyzer;
import app.reconcile.io.ArticleImporter;
import app.reconcile.io.ProjectFiles;
import app.reconcile.io.RecoveryStore;
import app.reconcile.io.SeedCorpus;
import app.reconcile.io.WebArticleFetcher;
import app.reconcile.report.ReportExporter;
import app.reconcile.ui.workspace.ProjectStore;
import app.reconcile.ui.workspace.WorkspaceServices;

import java.nio.file.Path;

/** The real collaborators: the analysis engine, project files, article import and fetching, report export, autosave. */
public final class ProductionServices {
    private ProductionServices() {
    }

    /** Everything real, with autosaves under {@code recoveryDir}. */
    public static WorkspaceServices create(Path recoveryDir) {
        ProjectFiles projectFiles = new ProjectFiles();
        ArticleImporter importer = new ArticleImporter();
        ReportExporter exporter = new ReportExporter();
        SeedCorpus seeds = new SeedCorpus();
        WebArticleFetcher fetcher = new WebArticleFetcher();
        return new WorkspaceServices(new Analyzer(), ProjectStore.of(projectFiles), importer::importEach,
                exporter::write, new RecoveryStorePort(new RecoveryStore(recoveryDir)), seeds::load,
                fetcher::fetchEach);
    }

    public static WorkspaceServices create() {
        return create(RecoveryStore.defaultBaseDir());
    }
}
