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

/** Articles of one or more folders as the analyzer sees them: ids a1..aN in folder then name order, source = file name. */
final class EvalCorpus {
    static final Path EVAL = Path.of("src/test/resources/eval");

    private EvalCorpus() {
    }

    /** @param folders folders under src/test/resources/eval, or "seeds" for the seed articles */
    static List<Article> articles(String... folders) {
        List<Article> out = new ArrayList<>();
        for (String folder : folders) {
            Path dir = folder.equals("seeds") ? SeedCorpus.DIR : EVAL.resolve(folder);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(new Article("a" + (out.size() + 1), p.getFileName().toString(), null,
                            Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
