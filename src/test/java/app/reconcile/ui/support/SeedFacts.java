package app.reconcile.ui.support;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.core.analysis.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in analysis for UI tests that must not depend on the engine's exact output: finds a few
 * phrases by their context and reports them as facts. Not an analysis, only a fixture.
 */
public final class SeedFacts implements FactFinder {

    @Override
    public List<Fact> findFacts(List<Article> articles, ProgressMonitor monitor) {
        List<Fact> facts = new ArrayList<>();
        add(facts, articles, FactKind.NUMBER, "children among the injured", Verdict.CONFLICT,
                new Phrase("Four of the injured", "Four", "4"), new Phrase("including two children", "two", "2"));
        add(facts, articles, FactKind.NAME, "Kremlin aide", Verdict.CONFLICT,
                new Phrase("Yury Ushakov", "Yury", "Yury"), new Phrase("Yuri Ushakov", "Yuri", "Yuri"));
        add(facts, articles, FactKind.NUMBER, "injured", Verdict.AGREE,
                new Phrase("injuring 12", "12", "12"), new Phrase("injuring twelve", "twelve", "12"));
        return facts;
    }

    private record Phrase(String context, String text, String value) {
    }

    private static void add(List<Fact> facts, List<Article> articles, FactKind kind, String label, Verdict verdict,
                            Phrase... phrases) {
        List<Mention> mentions = new ArrayList<>();
        for (Article article : articles) {
            for (Phrase phrase : phrases) {
                int at = article.text().indexOf(phrase.context());
                if (at >= 0) {
                    int start = at + phrase.context().indexOf(phrase.text());
                    mentions.add(new Mention(article.id(), start, start + phrase.text().length(), phrase.text(),
                            phrase.value()));
                    break;
                }
            }
        }
        if (mentions.stream().map(Mention::articleId).distinct().count() > 1) {
            facts.add(new Fact("f" + (facts.size() + 1), kind, label, verdict, mentions));
        }
    }
}
