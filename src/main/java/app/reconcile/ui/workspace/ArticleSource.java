package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.io.ArticleImportException;

import java.nio.file.Path;
import java.util.List;

/** Turns files the editor adds into articles; production uses {@code ArticleImporter::importPaths}. */
@FunctionalInterface
public interface ArticleSource {
    List<Article> importPaths(List<Path> paths, int firstIndex) throws ArticleImportException;
}
