package app.reconcile.io;

import app.reconcile.core.Article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Turns article files (.txt, .md, .markdown, .html, .htm) into {@link Article}s. */
public final class ArticleImporter {
    /** A news article is a few kilobytes; anything this large is a mistake (a dump, a book, a video). */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final ArticleFileReader reader = new ArticleFileReader();

    /**
     * Reads each file, and each .txt/.md/.html file directly inside each folder (sorted by name), into
     * articles with ids "a" + (firstIndex), "a" + (firstIndex + 1), ... Files are read and decoded in parallel.
     *
     * @throws ArticleImportException for the first file that cannot be imported; its message names the file
     */
    public List<Article> importPaths(List<Path> paths, int firstIndex) throws ArticleImportException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(expand(path));
        }
        List<Outcome> outcomes = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> attempt(files.get(i), "a" + (firstIndex + i)))
                .toList();
        List<Article> articles = new ArrayList<>(files.size());
        for (Outcome outcome : outcomes) {
            if (outcome.problem() != null) {
                throw outcome.problem();
            }
            articles.add(outcome.article());
        }
        return articles;
    }

    /** One file read, or why it could not be; files are read in parallel and judged in order. */
    private record Outcome(Article article, ArticleImportException problem) {
    }

    private Outcome attempt(Path file, String id) {
        try {
            return new Outcome(importFile(file, id), null);
        } catch (ArticleImportException e) {
            return new Outcome(null, e);
        }
    }

    /**
     * Like {@link #importPaths} but skips what cannot be read: every readable file becomes an article (ids
     * consecutive from {@code firstIndex} over the readable ones), every other file or folder one problem.
     */
    public ImportResult importEach(List<Path> paths, int firstIndex) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int index = firstIndex;
        for (Path path : paths) {
            List<Path> files;
            try {
                files = expand(path);
            } catch (ArticleImportException e) {
                problems.add(e.getMessage());
                continue;
            }
            for (Path file : files) {
                try {
                    articles.add(importFile(file, "a" + index));
                    index++;
                } catch (ArticleImportException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new ImportResult(articles, problems);
    }

    /** Reads one file as the article with the given id. */
    public Article importFile(Path file, String id) throws ArticleImportException {
        String name = nameOf(file);
        if (!SupportedFormats.isSupported(name)) {
            throw new ArticleImportException(name + ": unsupported file type; Reconcile reads .txt, .md, "
                    + ".markdown, .html and .htm files");
        }
        return reader.read(name, readBytes(file, name), id);
    }

    private static List<Path> expand(Path path) throws ArticleImportException {
        if (Files.notExists(path)) {
            // before the file-type check: "seds: unsupported file type" would hide a mistyped folder name
            throw new ArticleImportException(nameOf(path) + ": no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && SupportedFormats.isSupported(nameOf(entry))) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new ArticleImportException(nameOf(path) + ": the folder cannot be read (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new ArticleImportException(nameOf(path) + ": the folder has no .txt, .md or .html files");
        }
        files.sort(Comparator.comparing(ArticleImporter::nameOf));
        return files;
    }

    /** Bounded by what arrives, not by the reported size: a pipe or a device reports 0 (see {@link BoundedRead}). */
    private static byte[] readBytes(Path file, String name) throws ArticleImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleImportException(name + ": is a folder, not a file");
            }
            byte[] bytes = BoundedRead.readAtMost(file, (int) MAX_FILE_BYTES);
            if (bytes.length == 0) {
                throw new ArticleImportException(name + ": the file is empty");
            }
            return bytes;
        } catch (BoundedRead.TooLargeException e) {
            String size = e.knownSize() < 0 ? "the file is too large" : "the file is " + (e.knownSize() / 1024) + " KB";
            throw new ArticleImportException(name + ": " + size + "; an article may be at most "
                    + (MAX_FILE_BYTES / (1024 * 1024)) + " MB", e);
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new ArticleImportException(name + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new ArticleImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
