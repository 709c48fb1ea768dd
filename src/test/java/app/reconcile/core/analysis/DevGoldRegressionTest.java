package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A port of src/test/resources/eval/score.py: each gold variant is located by its context in the article
 * text; a gold conflict is found when one conflict fact overlaps two variants of different articles with
 * different texts; a trap is violated when one conflict fact overlaps two of its variants in different articles.
 */
class DevGoldRegressionTest {
    private static final Map<Character, Character> QUOTES = Map.ofEntries(
            Map.entry('‘', '\''), Map.entry('’', '\''), Map.entry('‚', '\''), Map.entry('‛', '\''), Map.entry('′', '\''),
            Map.entry('“', '"'), Map.entry('”', '"'), Map.entry('„', '"'), Map.entry('«', '"'), Map.entry('»', '"'),
            Map.entry('–', '-'), Map.entry('—', '-'), Map.entry('−', '-'), Map.entry('\u00a0', ' '),
            Map.entry('\u2009', ' '), Map.entry('\u202f', ' '));

    private record Located(String articleId, int start, int end, String text) {
    }

    @Test
    void allRequiredConflictsAreFoundAndNoTrapIsViolated() throws IOException {
        List<Article> articles = SeedCorpus.articles();
        List<Fact> conflicts = new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(Fact::isConflict).toList();
        JsonNode gold = new ObjectMapper().readTree(Path.of("src/test/resources/eval/dev-gold.json").toFile());
        Map<String, Article> bySource = articles.stream().collect(Collectors.toMap(Article::source, a -> a));

        for (JsonNode item : gold.get("conflicts")) {
            if (item.path("required").asBoolean(true)) {
                assertThat(found(conflicts, locate(item, bySource))).as(item.get("id").asText()).isTrue();
            }
        }
        for (JsonNode trap : gold.get("traps")) {
            assertThat(violated(conflicts, locate(trap, bySource))).as(trap.get("id").asText()).isFalse();
        }
    }

    private static List<Located> locate(JsonNode item, Map<String, Article> bySource) {
        List<Located> out = new ArrayList<>();
        for (JsonNode v : item.get("variants")) {
            Article a = bySource.get(v.get("doc").asText());
            String text = norm(a.text());
            String ctx = norm(v.get("context").asText());
            String t = norm(v.get("text").asText());
            int i = text.indexOf(ctx);
            assertThat(i).as("gold context located: " + ctx).isGreaterThanOrEqualTo(0);
            int j = i + ctx.indexOf(t);
            out.add(new Located(a.id(), j, j + t.length(), t));
        }
        return out;
    }

    private static boolean covers(Fact f, Located l) {
        return f.mentions().stream().anyMatch(m -> m.articleId().equals(l.articleId()) && m.start() < l.end() && l.start() < m.end());
    }

    private static boolean found(List<Fact> conflicts, List<Located> variants) {
        for (Fact f : conflicts) {
            List<Located> hit = variants.stream().filter(v -> covers(f, v)).toList();
            for (Located a : hit) {
                for (Located b : hit) {
                    if (!a.articleId().equals(b.articleId()) && !a.text().equals(b.text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean violated(List<Fact> conflicts, List<Located> variants) {
        return conflicts.stream().anyMatch(f -> variants.stream().filter(v -> covers(f, v))
                .map(Located::articleId).distinct().count() >= 2);
    }

    private static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(QUOTES.getOrDefault(c, c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

}
