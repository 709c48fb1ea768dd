package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Scoreboard;
import app.reconcile.core.Scoreboard.Standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an article's {@link CorrectedCopy}: each mention that contradicts its fact's authoritative value
 * becomes a correction to the authoritative display. Overlapping corrections keep the earliest one (a
 * reader cannot apply two edits to the same words), and offsets outside the text are ignored.
 */
final class Corrections {
    private Corrections() {
    }

    private record Edit(int start, int end, String correction, String factId) {
    }

    static CorrectedCopy of(Article article, List<Fact> facts) {
        return of(List.of(article), facts).get(0);
    }

    /**
     * One corrected copy per article, in the given order. The facts are read once and their corrections
     * handed to the articles they name: asking every fact about every article took minutes for a project of
     * thousands of articles and tens of thousands of facts.
     */
    static List<CorrectedCopy> of(List<Article> articles, List<Fact> facts) {
        Map<String, List<Edit>> byArticle = new HashMap<>();
        articles.forEach(a -> byArticle.putIfAbsent(a.id(), new ArrayList<>()));
        for (Fact fact : facts) {
            java.util.Optional<String> authoritative = Scoreboard.authoritativeValue(fact);
            for (Mention m : fact.mentions()) {
                List<Edit> edits = byArticle.get(m.articleId());
                if (edits != null && m.end() > m.start()
                        && Scoreboard.standing(fact, m, authoritative) == Standing.CONTRADICTS) {
                    edits.add(new Edit(m.start(), m.end(), fact.resolution().display(), fact.id()));
                }
            }
        }
        return articles.stream().map(a -> copy(a, byArticle.get(a.id()))).toList();
    }

    private static CorrectedCopy copy(Article article, List<Edit> found) {
        String text = article.text();
        List<Edit> edits = new ArrayList<>(found.stream().filter(e -> e.end() <= text.length()).toList());
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        List<CorrectedCopy.Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Edit edit : edits) {
            if (edit.start() < at) {
                continue;
            }
            if (edit.start() > at) {
                pieces.add(CorrectedCopy.Piece.kept(text.substring(at, edit.start())));
            }
            pieces.add(new CorrectedCopy.Piece(text.substring(edit.start(), edit.end()), edit.correction(),
                    edit.factId()));
            at = edit.end();
        }
        if (at < text.length()) {
            pieces.add(CorrectedCopy.Piece.kept(text.substring(at)));
        }
        return new CorrectedCopy(article.id(), SourceEntry.label(article.id(), article.source()), article.title(),
                pieces);
    }
}
