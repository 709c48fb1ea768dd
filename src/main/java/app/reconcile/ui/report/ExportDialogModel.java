package app.reconcile.ui.report;

import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.FileChooserService.ExportTarget;
import app.reconcile.ui.common.ReportFormatLabels;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The state of the export dialog: format, destination file and the summary of what will be written. Changing
 * the format changes the destination's extension with it; Browse asks the {@link FileChooserService}.
 */
public final class ExportDialogModel {
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>();
    private final StringProperty destination = new SimpleStringProperty("");
    private final BooleanBinding complete;
    private final ExportSummary summary;
    private final FileChooserService files;

    public ExportDialogModel(ExportSummary summary, ReportFormat initialFormat, Path initialFile,
                             FileChooserService files) {
        this.summary = summary;
        this.files = files;
        format.set(initialFormat);
        destination.set(initialFile == null ? "" : initialFile.toString());
        format.addListener((obs, old, now) -> {
            if (old != null && now != null) {
                destination.set(swapExtension(destination.get(), old, now));
            }
        });
        complete = Bindings.createBooleanBinding(() -> target().isPresent(), format, destination);
    }

    /** Browse…: the chosen file and its format replace the current ones; cancelling keeps them. */
    public void browse() {
        String name = Optional.ofNullable(destinationPath()).map(Path::getFileName).map(Path::toString)
                .orElse("reconcile-report");
        files.chooseExportTarget(name.replaceFirst("\\.[^.]*$", "")).ifPresent(chosen -> {
            format.set(chosen.format());
            destination.set(chosen.file().toString());
        });
    }

    /** Where and how to write, once both are given; the file always carries the format's extension. */
    public Optional<ExportTarget> target() {
        Path file = destinationPath();
        if (file == null || format.get() == null || file.getFileName() == null) {
            return Optional.empty();
        }
        String name = ReportFormatLabels.withExtension(file.getFileName().toString(), format.get());
        return Optional.of(new ExportTarget(file.resolveSibling(name), format.get()));
    }

    public ExportSummary summary() {
        return summary;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    private Path destinationPath() {
        String text = destination.get() == null ? "" : destination.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String swapExtension(String file, ReportFormat old, ReportFormat now) {
        String oldSuffix = "." + old.extension();
        if (file == null || !file.toLowerCase(java.util.Locale.ROOT).endsWith(oldSuffix)) {
            return file;
        }
        return file.substring(0, file.length() - oldSuffix.length()) + "." + now.extension();
    }
}
