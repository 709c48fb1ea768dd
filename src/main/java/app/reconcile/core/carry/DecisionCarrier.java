package app.reconcile.core.carry;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the editor's decisions from an earlier analysis onto a new one (after articles were added).
 * A decision follows its fact when a new fact covers the same text: the new fact with the most mentions
 * overlapping the old fact's mentions (same article, overlapping span) inherits it. Facts ids change
 * between analyses, text spans of existing articles do not, so spans are the only safe key.
 */
public final class DecisionCarrier {

    /** The new facts with the decisions that could be kept, and the old decided facts that could not. */
    public record Outcome(List<Fact> facts, int kept, List<Fact> lost) {
        public Outcome {
            facts = List.copyOf(facts);
            lost = List.copyOf(lost);
        }
    }

    public Outcome carry(List<Fact> oldFacts, List<Fact> newFacts) {
        List<Fact> result = new ArrayList<>(newFacts);
        Set<Integer> taken = new HashSet<>();
        List<Fact> lost = new ArrayList<>();
        int kept = 0;
        for (Fact old : oldFacts) {
            if (old.resolution() == null) {
                continue;
            }
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < result.size(); i++) {
                int overlap = overlap(old.mentions(), result.get(i).mentions());
                if (!taken.contains(i) && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                lost.add(old);
            } else {
                taken.add(best);
                result.set(best, result.get(best).withResolution(old.resolution()));
                kept++;
            }
        }
        return new Outcome(result, kept, lost);
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
