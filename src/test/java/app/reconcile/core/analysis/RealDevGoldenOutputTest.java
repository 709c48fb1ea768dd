package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's facts on each real-dev cluster, committed under src/test/resources/golden/real-dev, so that any
 * change of output shows up as a diff in review. After a deliberate change, rewrite them with
 * {@code mvn -B test -Dtest=RealDevGoldenOutputTest -Dgolden.update=true} and read the diff before committing.
 * Each cluster is analysed twice: the output must be the same both times (determinism).
 */
class RealDevGoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/real-dev");

    static Stream<String> clusters() throws IOException {
        try (Stream<Path> dirs = Files.list(EvalCorpus.EVAL.resolve("real-dev/texts"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clusters")
    void theFactsOfEachClusterAreTheCommittedOnes(String cluster) throws IOException {
        List<Article> articles = EvalCorpus.articles("real-dev/texts/" + cluster);
        String first = render(articles, new Analyzer().findFacts(articles, ProgressMonitor.NONE));
        String second = render(articles, new Analyzer().findFacts(articles, ProgressMonitor.NONE));
        assertThat(second).as("the same input gives the same facts").isEqualTo(first);

        Path golden = GOLDEN.resolve(cluster + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, first, StandardCharsets.UTF_8);
        }
        assertThat(first).as("facts of %s; rewrite with -Dgolden.update=true after a deliberate change", cluster)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** One block a fact: id, verdict, kind, label, reason, then one line a mention (source, span, text, value). */
    private static String render(List<Article> articles, List<Fact> facts) {
        StringBuilder b = new StringBuilder();
        for (Fact f : facts) {
            b.append(f.id()).append(' ').append(f.verdict()).append(' ').append(f.kind()).append(": ")
                    .append(f.label()).append('\n');
            if (!f.detail().isBlank()) {
                b.append("  why: ").append(f.detail().replace('\n', ' ')).append('\n');
            }
            for (Mention m : f.mentions()) {
                String source = articles.stream().filter(a -> a.id().equals(m.articleId())).findFirst()
                        .map(Article::source).orElse(m.articleId());
                b.append("  ").append(source).append(' ').append(m.start()).append('-').append(m.end()).append(" \"")
                        .append(m.text().replace('\n', ' ')).append("\" = ").append(m.value()).append('\n');
            }
        }
        return b.toString();
    }
}
