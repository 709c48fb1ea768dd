package app.reconcile.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Everything a session works on: the articles (self-contained, texts included) and the facts found in
 * them with the editor's decisions. Immutable: every edit returns a new project, which is what makes
 * undo and atomic saving simple.
 */
public record Project(List<Article> articles, List<Fact> facts) {
    public static final String FORMAT = "reconcile-project";
    public static final int VERSION = 1;

    public Project {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
    }

    public static Project empty() {
        return new Project(List.of(), List.of());
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Map<String, Article> articlesById() {
        return articles.stream().collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public Project withFacts(List<Fact> newFacts) {
        return new Project(articles, newFacts);
    }

    public Project withArticles(List<Article> newArticles) {
        return new Project(newArticles, facts);
    }

    /** Replaces the fact with the same id by {@code edit.apply(fact)}. */
    public Project updateFact(String factId, UnaryOperator<Fact> edit) {
        return withFacts(facts.stream().map(f -> f.id().equals(factId) ? edit.apply(f) : f).toList());
    }

    public long count(Verdict verdict) {
        return facts.stream().filter(f -> f.verdict() == verdict).count();
    }

    public long count(ResolutionStatus status) {
        return facts.stream().filter(f -> f.isConflict() && f.status() == status).count();
    }
}
