package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A port of src/test/resources/eval/score.py: each gold variant is located by its context in the article
 * text; a gold conflict is found when one conflict fact overlaps two variants of different articles with
 * different texts; a trap is violated when one conflict fact overlaps two of its variants in different
 * articles. Gold items whose articles are not in the analysed list are skipped, as score.py does.
 */
record GoldScore(int required, int requiredFound, int traps, int trapsViolated, List<String> missed,
                 List<String> violated) {
    private static final Map<Character, Character> QUOTES = Map.ofEntries(
            Map.entry('‘', '\''), Map.entry('’', '\''), Map.entry('‚', '\''), Map.entry('‛', '\''), Map.entry('′', '\''),
            Map.entry('“', '"'), Map.entry('”', '"'), Map.entry('„', '"'), Map.entry('«', '"'), Map.entry('»', '"'),
            Map.entry('–', '-'), Map.entry('—', '-'), Map.entry('−', '-'), Map.entry('\u00a0', ' '),
            Map.entry('\u2009', ' '), Map.entry('\u202f', ' '));

    private record Located(String articleId, int start, int end, String text) {
    }

    static GoldScore of(String goldFile, List<Article> articles, List<Fact> facts) {
        JsonNode gold;
        try {
            gold = new ObjectMapper().readTree(EvalCorpus.EVAL.resolve(goldFile).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Fact> conflicts = facts.stream().filter(Fact::isConflict).toList();
        Map<String, Article> bySource = articles.stream().collect(Collectors.toMap(Article::source, Function.identity()));
        int required = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode item : items(gold, "conflicts", "discrepancies")) {
            List<Located> variants = locate(item, bySource);
            boolean soft = item.path("what").asText().contains("(soft)");
            if (variants == null || !item.path("required").asBoolean(!soft)) {
                continue;
            }
            required++;
            if (found(conflicts, variants)) {
                found++;
            } else {
                missed.add(item.get("id").asText());
            }
        }
        int traps = 0;
        List<String> violated = new ArrayList<>();
        for (JsonNode trap : items(gold, "traps", "agreements")) {
            List<Located> variants = locate(trap, bySource);
            if (variants == null) {
                continue;
            }
            traps++;
            if (violated(conflicts, variants)) {
                violated.add(trap.get("id").asText());
            }
        }
        return new GoldScore(required, found, traps, violated.size(), missed, violated);
    }

    /**
     * The items of a flat gold file ({@code conflicts}, {@code traps}) or of a file grouped by article cluster
     * ({@code clusters[].discrepancies}, {@code clusters[].agreements}), as the real-news gold is.
     */
    private static List<JsonNode> items(JsonNode gold, String flat, String perCluster) {
        List<JsonNode> out = new ArrayList<>();
        gold.path(flat).forEach(out::add);
        gold.path("clusters").forEach(c -> c.path(perCluster).forEach(out::add));
        return out;
    }

    /** The variants' spans, or null when an article of the item is not analysed. */
    private static List<Located> locate(JsonNode item, Map<String, Article> bySource) {
        List<Located> out = new ArrayList<>();
        for (JsonNode v : item.get("variants")) {
            Article a = bySource.get(v.get("doc").asText());
            if (a == null) {
                return null;
            }
            String text = norm(a.text());
            String ctx = norm(v.get("context").asText());
            String t = norm(v.get("text").asText());
            int i = text.indexOf(ctx);
            if (i < 0) {
                throw new IllegalStateException("gold context not found in " + a.source() + ": " + ctx);
            }
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
