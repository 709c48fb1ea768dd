package app.reconcile.ui.support;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Verdict;

import java.util.ArrayList;
import java.util.List;

/** Small hand-built projects for view-model tests. */
public final class TestProjects {
    private TestProjects() {
    }

    /**
     * Three articles; f1 conflict "children" (4, 2, 2), f2 conflict "dead" (3 vs 5, a tie), f3 agree "injured"
     * (12/twelve).
     */
    public static Project small() {
        Article a1 = new Article("a1", "001.txt", "One", "Four children hurt, 3 dead, 12 injured.");
        Article a2 = new Article("a2", "002.txt", "Two", "Two children hurt, 5 dead, twelve injured.");
        Article a3 = new Article("a3", "003.txt", "Three", "Two children hurt.");
        List<Article> articles = List.of(a1, a2, a3);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("f1", FactKind.NUMBER, "children hurt", Verdict.CONFLICT, List.of(
                mention(a1, "Four", "4"), mention(a2, "Two", "2"), mention(a3, "Two", "2"))));
        facts.add(new Fact("f2", FactKind.NUMBER, "dead", Verdict.CONFLICT, List.of(
                mention(a1, "3", "3"), mention(a2, "5", "5"))));
        facts.add(new Fact("f3", FactKind.NUMBER, "injured", Verdict.AGREE, List.of(
                mention(a1, "12", "12"), mention(a2, "twelve", "12"))));
        return new Project(articles, facts);
    }

    public static Mention mention(Article article, String text, String value) {
        int start = article.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException(text + " not in " + article.id());
        }
        return new Mention(article.id(), start, start + text.length(), text, value);
    }
}
