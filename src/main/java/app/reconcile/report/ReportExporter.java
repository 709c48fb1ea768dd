package app.reconcile.report;

import app.reconcile.core.Project;

import java.io.IOException;
import java.nio.file.Path;

/** Renders a project's decisions as a reconciled report in one of the {@link ReportFormat}s. */
public final class ReportExporter {

    public String render(Project project, ReportFormat format) {
        throw new UnsupportedOperationException("ReportExporter: being built on branch report");
    }

    /** Renders and writes atomically. */
    public void write(Project project, ReportFormat format, Path file) throws IOException {
        throw new UnsupportedOperationException("ReportExporter: being built on branch report");
    }
}
