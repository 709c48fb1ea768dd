package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Scoreboard;
import app.reconcile.core.Scoreboard.Standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        String text = article.text();
        List<Edit> edits = new ArrayList<>();
        for (Fact fact : facts) {
            for (Mention m : fact.mentions()) {
                if (m.articleId().equals(article.id()) && m.end() <= text.length() && m.end() > m.start()
                        && Scoreboard.standing(fact, m) == Standing.CONTRADICTS) {
                    String display = fact.resolution().display();
                    edits.add(new Edit(m.start(), m.end(), display, fact.id()));
                }
            }
        }
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
