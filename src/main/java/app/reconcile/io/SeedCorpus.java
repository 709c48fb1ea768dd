package app.reconcile.io;

import app.reconcile.core.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The seed articles shipped inside the application (the {@code seeds/} resource folder), which the GUI
 * opens on and the CLI can analyse without any input.
 *
 * <p>Class-path folders cannot be listed portably, so this looks at where its own class was loaded from:
 * a directory ({@code target/classes} in development and tests) or a jar file (the shaded application),
 * and lists {@code seeds/} there. Files are taken in name order and numbered a1, a2, ...
 */
public final class SeedCorpus {
    static final String FOLDER = "seeds/";

    private final URL codeSource;
    private final ArticleFileReader reader = new ArticleFileReader();

    /** Reads the seeds that ship with this build. */
    public SeedCorpus() {
        this(ownLocation());
    }

    /** Reads the seeds under {@code seeds/} of the given class-path directory or jar; for tests. */
    SeedCorpus(URL codeSource) {
        this.codeSource = codeSource;
    }

    /**
     * The seed articles, sorted by file name, ids a1..an.
     *
     * @throws IllegalStateException if the build has no readable seeds: a packaging error, not a user error
     */
    public List<Article> load() {
        Map<String, byte[]> files = readFiles();
        if (files.isEmpty()) {
            throw new IllegalStateException("no seed articles under " + FOLDER + " in " + codeSource);
        }
        List<Article> articles = new ArrayList<>(files.size());
        int index = 1;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            try {
                articles.add(reader.read(file.getKey(), file.getValue(), "a" + index++));
            } catch (ArticleImportException e) {
                throw new IllegalStateException("seed article unreadable: " + e.getMessage(), e);
            }
        }
        return articles;
    }

    /** File name to bytes, sorted by name; only supported article files directly inside {@code seeds/}. */
    private Map<String, byte[]> readFiles() {
        try {
            Path location = Path.of(codeSource.toURI());
            return Files.isDirectory(location) ? fromDirectory(location.resolve(FOLDER)) : fromJar(location);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the seed articles in " + codeSource, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed articles in " + codeSource, e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && SupportedFormats.isSupported(name)) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = jarFile.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName().substring(Math.min(entry.getName().length(), FOLDER.length()));
                if (!entry.isDirectory() && entry.getName().startsWith(FOLDER) && !name.contains("/")
                        && SupportedFormats.isSupported(name)) {
                    try (InputStream in = jarFile.getInputStream(entry)) {
                        files.put(name, in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static URL ownLocation() {
        var source = SeedCorpus.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where Reconcile was loaded from; seed articles unavailable");
        }
        return source.getLocation();
    }
}
