package app.reconcile.ui.common;

import app.reconcile.report.ReportFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every file the editor picks, behind an interface: the real one shows native choosers, tests answer
 * with paths in a temporary folder.
 */
public interface FileChooserService {
    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseProjectToSave(String suggestedName);

    /** Empty when the editor cancelled. */
    List<Path> chooseArticles();

    Optional<ExportTarget> chooseExportTarget(String suggestedBaseName);

    /** Where to write a report and in which format (taken from the chosen file type). */
    record ExportTarget(Path file, ReportFormat format) {
    }
}
