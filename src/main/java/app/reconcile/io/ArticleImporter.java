package app.reconcile.io;

import app.reconcile.core.Article;

import java.nio.file.Path;
import java.util.List;

/** Turns article files (.txt, .md, .html) into {@link Article}s. */
public final class ArticleImporter {

    /**
     * Reads each file, and each .txt/.md/.html file directly inside each folder (sorted by name), into
     * articles with ids "a" + (firstIndex), "a" + (firstIndex + 1), ...
     */
    public List<Article> importPaths(List<Path> paths, int firstIndex) throws ArticleImportException {
        throw new UnsupportedOperationException("ArticleImporter: being built on branch io");
    }
}
