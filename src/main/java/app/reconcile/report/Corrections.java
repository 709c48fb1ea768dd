package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Scoreboard;
import app.reconcile.core.Scoreboard.Standing;
import app.reconcile.core.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an article's {@link CorrectedCopy}: each mention that contradicts its fact's authoritative value
 * becomes a correction to the authoritative display. Overlapping corrections keep the earliest one (a
 * reader cannot apply two edits to the same words), offsets outside the text are ignored, page furniture is
 * left out, and a correction that starts a sentence starts with a capital.
 */
final class Corrections {
    private Corrections() {
    }

    /** A correction with a null {@code correction} cuts its text out (page furniture). */
    private record Edit(int start, int end, String correction, String factId) {
    }

    static CorrectedCopy of(Article article, List<Fact> facts) {
        return of(List.of(article), facts).get(0);
    }

    /**
     * One corrected copy per article, in the given order. The facts are read once and their mentions handed to
     * the articles they name: asking every fact about every article took most of a minute for a project of
     * thousands of articles and tens of thousands of facts.
     */
    static List<CorrectedCopy> of(List<Article> articles, List<Fact> facts) {
        return of(articles, facts, new FurnitureIndex());
    }

    /** As {@link #of(List, List)}, with the page furniture the report has found already. */
    static List<CorrectedCopy> of(List<Article> articles, List<Fact> facts, FurnitureIndex furniture) {
        Map<String, List<Mention>> contradicting = new HashMap<>();
        Map<Mention, Fact> factOf = new java.util.IdentityHashMap<>();
        articles.forEach(a -> contradicting.putIfAbsent(a.id(), new ArrayList<>()));
        for (Fact fact : facts) {
            for (Mention m : fact.mentions()) {
                List<Mention> into = contradicting.get(m.articleId());
                if (into != null && m.end() > m.start() && Scoreboard.standing(fact, m) == Standing.CONTRADICTS) {
                    into.add(m);
                    factOf.put(m, fact);
                }
            }
        }
        return articles.stream().map(a -> copy(a, contradicting.get(a.id()), factOf, furniture.of(a))).toList();
    }

    private static CorrectedCopy copy(Article article, List<Mention> contradicting, Map<Mention, Fact> factOf,
                                      List<TextSpan> furnitureSpans) {
        String text = article.text();
        List<Edit> edits = new ArrayList<>();
        for (Mention m : contradicting) {
            if (m.end() <= text.length()) {
                Fact fact = factOf.get(m);
                String display = fact.resolution().display();
                edits.add(new Edit(m.start(), m.end(), sentenceCase(text, m.start(), display), fact.id()));
            }
        }
        // page furniture ("Accessibility links", a caption printed twice) is no part of a corrected copy
        for (TextSpan furniture : furnitureSpans) {
            int end = furniture.end() < text.length() && text.charAt(furniture.end()) == '\n'
                    ? furniture.end() + 1 : furniture.end();
            edits.add(new Edit(furniture.start(), end, null, null));
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
            if (edit.correction() != null) {
                pieces.add(new CorrectedCopy.Piece(text.substring(edit.start(), edit.end()), edit.correction(),
                        edit.factId()));
            }
            at = edit.end();
        }
        if (at < text.length()) {
            pieces.add(CorrectedCopy.Piece.kept(text.substring(at)));
        }
        return new CorrectedCopy(article.id(), SourceEntry.label(article.id(), app.reconcile.core.names.SourceNames.shorten(app.reconcile.core.names.SourceNames.of(article), ReportModel.REPORT_NAME)), article.title(),
                pieces);
    }

    /** "two of the injured" typed for "Four of the injured" at the start of a sentence becomes "Two of ...". */
    static String sentenceCase(String text, int start, String correction) {
        if (correction.isEmpty() || !Character.isLowerCase(correction.codePointAt(0)) || !startsSentence(text, start)) {
            return correction;
        }
        int first = correction.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(correction.substring(Character.charCount(first))).toString();
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n'
                || "\"'\u201c\u2018([".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        while (i >= 0 && "\"'\u201d\u2019)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }
}
