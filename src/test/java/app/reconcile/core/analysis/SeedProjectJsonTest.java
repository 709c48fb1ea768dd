package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the seed analysis as a project file (target/seed-project.json) so that the reference scorer can be run
 * on it: {@code python3 src/test/resources/eval/score.py target/seed-project.json src/test/resources/eval/dev-gold.json --verbose}.
 */
class SeedProjectJsonTest {

    @Test
    void seedAnalysisIsWrittenAsAProjectFileForTheScorer() throws IOException {
        List<Article> articles = SeedCorpus.articles();
        List<Fact> facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE);
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("format", Project.FORMAT);
        project.put("version", Project.VERSION);
        project.put("articles", articles.stream().map(a -> Map.of("id", a.id(), "source", a.source(),
                "title", a.title(), "text", a.text())).toList());
        project.put("facts", facts.stream().map(SeedProjectJsonTest::fact).toList());
        Path out = Path.of("target", "seed-project.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), project);
        assertThat(out).isNotEmptyFile();
    }

    private static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("kind", f.kind().name());
        m.put("label", f.label());
        m.put("verdict", f.verdict().key());
        m.put("mentions", f.mentions().stream().map(x -> Map.of("articleId", x.articleId(), "start", x.start(),
                "end", x.end(), "text", x.text(), "value", x.value())).toList());
        m.put("resolution", null);
        m.put("detail", f.detail());
        return m;
    }
}
