package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import app.reconcile.report.ReportFormat;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the reconciled report; production uses {@code ReportExporter::write}. */
@FunctionalInterface
public interface ReportWriter {
    void write(Project project, ReportFormat format, Path file) throws IOException;
}
