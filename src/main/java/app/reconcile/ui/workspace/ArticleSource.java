package app.reconcile.ui.workspace;

import app.reconcile.io.ImportResult;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns files the editor adds into articles; production uses {@code ArticleImporter::importEach}, so one
 * bad file among many costs only that file (one message each) and never blocks the rest.
 */
@FunctionalInterface
public interface ArticleSource {
    ImportResult importEach(List<Path> paths, int firstIndex);
}
