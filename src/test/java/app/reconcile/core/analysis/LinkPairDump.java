package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.evidence.Evidence;
import app.reconcile.core.analysis.evidence.EvidenceAligner;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every pair of values the aligner scores in each given cluster, one JSON object a line, with the value of
 * each evidence signal: the input of {@code src/test/eval/fit_link_weights.py}, which fits the link weights
 * against hand-written gold (docs/analysis.md, "Link weights"). Not a test: run it with the packaged jar and the
 * test classes on the class path,
 * {@code java -cp target/reconcile.jar:target/test-classes app.reconcile.core.analysis.LinkPairDump OUT DIR...}.
 */
public final class LinkPairDump {
    private LinkPairDump() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Analyzer analyzer = new Analyzer();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int i = 1; i < args.length; i++) {
                Path dir = Path.of(args[i]).toAbsolutePath();
                List<Article> articles = EvalCorpus.articles(dir.toString());
                for (EvidenceAligner.Link link : analyzer.scoredPairs(articles)) {
                    out.println(json.writeValueAsString(row(dir.getFileName().toString(), articles, link)));
                }
            }
        }
    }

    private static Map<String, Object> row(String cluster, List<Article> articles, EvidenceAligner.Link link) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cluster", cluster);
        row.put("kind", link.a().kind().name());
        row.put("docA", articles.get(link.a().article()).source());
        row.put("startA", link.a().start());
        row.put("endA", link.a().end());
        row.put("textA", link.a().text());
        row.put("docB", articles.get(link.b().article()).source());
        row.put("startB", link.b().start());
        row.put("endB", link.b().end());
        row.put("textB", link.b().text());
        row.put("score", link.evidence().score());
        Map<String, Object> terms = new LinkedHashMap<>();
        for (Evidence.Term t : link.evidence().terms()) {
            terms.put(t.signal(), t.value());
            terms.put(t.signal() + "_w", t.weight());
        }
        row.put("terms", terms);
        return row;
    }
}
