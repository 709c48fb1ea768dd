package app.reconcile.core.analysis;

import app.reconcile.core.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles as the analyzer sees them: ids a1..a5, source = file name. */
final class SeedCorpus {
    static final Path DIR = Path.of("seeds");

    private SeedCorpus() {
    }

    static List<Article> articles() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<Article> out = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                Path p = sorted.get(i);
                out.add(new Article("a" + (i + 1), p.getFileName().toString(), null,
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
