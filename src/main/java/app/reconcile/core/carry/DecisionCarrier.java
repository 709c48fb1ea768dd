package app.reconcile.core.carry;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Moves the editor's decisions from an earlier analysis onto a new one (after articles were added or removed,
 * or when {@code analyze --keep} re-analyses an old project's articles). Fact ids change between analyses and
 * article ids may too; article texts and the offsets into them do not, so a decision follows its text: the
 * new fact whose mentions overlap most of the old fact's mentions (same article text, overlapping span)
 * inherits it, and each new fact inherits at most one decision. Every decision that finds no fact is
 * returned with the reason, for the editor to decide again.
 *
 * <p>Deterministic: the strongest overlaps are settled first, ties by the old facts' order and then the new
 * facts' order, so the same two projects always give the same outcome.
 */
public final class DecisionCarrier {

    /**
     * The result of carrying.
     *
     * @param project the new project with the decisions that could be kept
     * @param carried the kept decisions, in the old project's fact order
     * @param lost    the decisions no new fact took, in the old project's fact order
     */
    public record Outcome(Project project, List<CarriedDecision> carried, List<LostDecision> lost) {
        public Outcome {
            carried = List.copyOf(carried);
            lost = List.copyOf(lost);
        }

        public int kept() {
            return carried.size();
        }
    }

    /** One old decision meeting one new fact; {@code overlap} counts the old mentions it covers. */
    private record Match(int old, int fresh, int overlap) {
    }

    /** Carries every decision of {@code before} onto the facts of {@code after}, which it leaves otherwise alone. */
    public Outcome carry(Project before, Project after) {
        ArticleMoves moves = new ArticleMoves(before.articles(), after.articles());
        List<Fact> decided = before.facts().stream().filter(f -> f.resolution() != null).toList();
        List<Fact> fresh = after.facts();
        List<List<Mention>> moved = decided.stream().map(f -> moveMentions(f, moves)).toList();

        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            for (int j = 0; j < fresh.size(); j++) {
                int overlap = overlap(moved.get(i), fresh.get(j).mentions());
                if (overlap > 0) {
                    matches.add(new Match(i, j, overlap));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::overlap).reversed()
                .thenComparingInt(Match::old).thenComparingInt(Match::fresh));

        List<Fact> result = new ArrayList<>(fresh);
        TreeMap<Integer, CarriedDecision> carried = new TreeMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Match match : matches) {
            if (!carried.containsKey(match.old()) && taken.add(match.fresh())) {
                Fact old = decided.get(match.old());
                Fact heir = fresh.get(match.fresh()).withResolution(old.resolution());
                result.set(match.fresh(), heir);
                carried.put(match.old(), new CarriedDecision(old, heir));
            }
        }

        List<LostDecision> lost = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            if (!carried.containsKey(i)) {
                int index = i;
                boolean covered = matches.stream().anyMatch(m -> m.old() == index);
                LostDecision.Reason reason = covered ? LostDecision.Reason.TAKEN : uncovered(moved.get(i));
                lost.add(new LostDecision(decided.get(i), reason));
            }
        }
        return new Outcome(after.withFacts(result), List.copyOf(carried.values()), lost);
    }

    /** The old fact's mentions with the ids their articles have now; mentions of vanished articles are dropped. */
    private static List<Mention> moveMentions(Fact fact, ArticleMoves moves) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : fact.mentions()) {
            moves.newId(m.articleId()).ifPresent(id ->
                    out.add(new Mention(id, m.start(), m.end(), m.text(), m.value())));
        }
        return out;
    }

    /** Why no new fact touches any of the mentions: how many of the fact's articles are left says it. */
    private static LostDecision.Reason uncovered(List<Mention> moved) {
        long articles = moved.stream().map(Mention::articleId).distinct().count();
        if (articles == 0) {
            return LostDecision.Reason.ARTICLES_GONE;
        }
        return articles == 1 ? LostDecision.Reason.ONE_ARTICLE_LEFT : LostDecision.Reason.NOT_COVERED;
    }

    private static int overlap(List<Mention> a, List<Mention> b) {
        int count = 0;
        for (Mention m : a) {
            for (Mention n : b) {
                if (m.articleId().equals(n.articleId()) && m.span().overlaps(n.span())) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
