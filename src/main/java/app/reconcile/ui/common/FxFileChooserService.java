package app.reconcile.ui.common;

import app.reconcile.report.ReportFormat;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link FileChooserService} with native {@link FileChooser}s starting in the last used folder. */
public final class FxFileChooserService implements FileChooserService {
    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("Reconcile project (*.json)", "*.json");

    private final Supplier<Window> owner;
    private final UiPreferences preferences;

    public FxFileChooserService(Supplier<Window> owner, UiPreferences preferences) {
        this.owner = owner;
        this.preferences = preferences;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = chooser("Open project");
        chooser.getExtensionFilters().add(PROJECTS);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseProjectToSave(String suggestedName) {
        FileChooser chooser = chooser("Save project");
        chooser.getExtensionFilters().add(PROJECTS);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public List<Path> chooseArticles() {
        FileChooser chooser = chooser("Add articles");
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html)", "*.txt", "*.md", "*.html", "*.htm"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        preferences.rememberFolderOf(files.get(0).toPath());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(String suggestedBaseName) {
        FileChooser chooser = chooser("Export report");
        for (ReportFormat format : ReportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    ReportFormatLabels.describe(format) + " (" + ReportFormatLabels.glob(format) + ")",
                    ReportFormatLabels.glob(format)));
        }
        chooser.setInitialFileName(suggestedBaseName);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        int index = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        ReportFormat format = ReportFormat.values()[Math.max(0, index)];
        Path target = file.toPath().resolveSibling(ReportFormatLabels.withExtension(file.getName(), format));
        preferences.rememberFolderOf(target);
        return Optional.of(new ExportTarget(target, format));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        preferences.lastFolder().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        preferences.rememberFolderOf(file.toPath());
        return Optional.of(file.toPath());
    }
}
