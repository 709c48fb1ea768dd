package app.reconcile.ui.support;

import app.reconcile.ui.common.FileChooserService;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A file chooser that "picks" whatever the test put in it; empty means the editor cancelled. */
public final class ScriptedFiles implements FileChooserService {
    public Path projectToOpen;
    public Path projectToSave;
    public List<Path> articles = List.of();
    public ExportTarget exportTarget;

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(projectToOpen);
    }

    @Override
    public Optional<Path> chooseProjectToSave(String suggestedName) {
        return Optional.ofNullable(projectToSave);
    }

    @Override
    public List<Path> chooseArticles() {
        return articles;
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(String suggestedBaseName) {
        return Optional.ofNullable(exportTarget);
    }
}
