package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The text of {@code analyze --explain}: each fact, its mentions by source, and why they were put together. */
final class FactExplanations {
    private final Map<String, Article> byId;

    FactExplanations(List<Article> articles) {
        this.byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    }

    void write(List<Fact> facts, PrintWriter out) {
        for (Fact f : facts) {
            out.printf("%s %s %s: %s%n", Terminal.safe(f.id()), f.verdict().name().toLowerCase(java.util.Locale.ROOT),
                    f.kind().name().toLowerCase(java.util.Locale.ROOT), Terminal.safe(f.label()));
            for (Mention m : f.mentions()) {
                Article a = byId.get(m.articleId());
                out.printf("    %s: \"%s\"%n", Terminal.safe(a == null ? m.articleId() : a.source()),
                        Terminal.safe(m.text()));
            }
            out.printf("    why: %s%n", f.detail().isBlank() ? "(no recorded evidence)" : Terminal.line(f.detail()));
        }
        out.flush();
    }
}
