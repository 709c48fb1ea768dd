package app.reconcile.ui.viewer;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.ui.common.StyleClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to highlight in one article, one layer per visual channel so overlaps stay readable:
 * verdict (background), decision state (underline for undecided conflicts; for decided ones a solid double
 * underline on the chosen value and a strike-through on rejected ones),
 * and the selected fact (border). Order matters only for readability: later layers are drawn on top.
 */
public final class HighlightLayers {
    private HighlightLayers() {
    }

    public static List<List<StyledRange>> of(String articleId, List<Fact> facts, String selectedFactId) {
        List<StyledRange> verdict = new ArrayList<>();
        List<StyledRange> state = new ArrayList<>();
        List<StyledRange> selected = new ArrayList<>();
        for (Fact fact : facts) {
            for (Mention m : fact.mentions()) {
                if (!m.articleId().equals(articleId)) {
                    continue;
                }
                verdict.add(new StyledRange(m.start(), m.end(), StyleClasses.of(fact.verdict())));
                if (fact.isConflict()) {
                    state.add(new StyledRange(m.start(), m.end(), stateClass(fact, m)));
                }
                if (fact.id().equals(selectedFactId)) {
                    selected.add(new StyledRange(m.start(), m.end(), StyleClasses.SELECTED));
                }
            }
        }
        return List.of(verdict, state, selected);
    }

    /**
     * How a conflict's mention reads after the decision: undecided (underline), dismissed, or, once a value is
     * authoritative, chosen (this mention states it) or rejected (struck through).
     */
    static String stateClass(Fact fact, Mention mention) {
        Resolution r = fact.resolution();
        if (r == null || r.status() != ResolutionStatus.RESOLVED) {
            return StyleClasses.of(fact.status());
        }
        return !r.custom() && r.value().equals(mention.value()) ? StyleClasses.CHOSEN_VALUE : StyleClasses.REJECTED_VALUE;
    }

    /**
     * What hovering over {@code offset} explains: for a rejected mention, the authoritative value beside it;
     * for a chosen one, that it was chosen. Empty elsewhere.
     */
    public static Optional<String> decisionNoteAt(String articleId, int offset, List<Fact> facts) {
        Optional<Fact> fact = factAt(articleId, offset, facts);
        Optional<Mention> mention = fact.flatMap(f -> mentionAt(articleId, offset, f));
        if (fact.isEmpty() || mention.isEmpty() || !fact.get().isConflict()) {
            return Optional.empty();
        }
        Resolution r = fact.get().resolution();
        if (r == null || r.status() != ResolutionStatus.RESOLVED) {
            return Optional.empty();
        }
        String who = r.author().isBlank() ? "" : " by " + r.author();
        return Optional.of(StyleClasses.CHOSEN_VALUE.equals(stateClass(fact.get(), mention.get()))
                ? "Chosen: \u201c" + mention.get().text() + "\u201d is the authoritative value" + who
                : "Rejected: \u201c" + mention.get().text() + "\u201d \u2192 chosen \u201c" + r.display() + "\u201d" + who);
    }

    /**
     * The fact whose mention in {@code articleId} contains {@code offset}; the shortest mention wins when
     * several do (the most specific highlight under the pointer).
     */
    public static Optional<Fact> factAt(String articleId, int offset, List<Fact> facts) {
        Fact best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Fact fact : facts) {
            for (Mention m : fact.mentions()) {
                if (m.articleId().equals(articleId) && m.span().contains(offset) && m.end() - m.start() < bestLength) {
                    best = fact;
                    bestLength = m.end() - m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The mention of {@code fact} in {@code articleId} that contains {@code offset} (the shortest if several). */
    public static Optional<Mention> mentionAt(String articleId, int offset, Fact fact) {
        return fact.mentions().stream()
                .filter(m -> m.articleId().equals(articleId) && m.span().contains(offset))
                .min(java.util.Comparator.comparingInt(m -> m.end() - m.start()));
    }

    /** Where the selected fact is mentioned first in {@code articleId}, to scroll there. */
    public static Optional<Mention> firstMention(String articleId, Fact fact) {
        return fact.mentions().stream().filter(m -> m.articleId().equals(articleId)).findFirst();
    }
}
