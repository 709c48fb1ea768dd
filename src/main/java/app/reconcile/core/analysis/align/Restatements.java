package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.align.CandidateAligner.Edge;
import app.reconcile.core.analysis.value.Relation;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article often states a figure twice, in its headline and its body, and each statement may be grouped with
 * another article's. Groups hold one candidate per article, so the two statements can end up in two groups, or
 * one of them in none. Restatements join the group of their figure, so that every statement of it is one fact
 * with one mention per statement:
 * <ul>
 *   <li>a group (or a single candidate) joins another it has an agreeing link with when it brings no new value
 *       and every article of both states the same value in both;</li>
 *   <li>a single candidate joins a group it has any scored link with (a differing one too: "Iraq arrests six
 *       officials" / "Five officials ... have been arrested") when its own article already states the same value
 *       in that group. A differing link needs no mutual-best check here: that check chooses which of several
 *       values pair up, and the restatement adds no value.</li>
 * </ul>
 */
final class Restatements {
    private final List<Candidate> candidates;
    private final String[] canonical;

    Restatements(List<Candidate> candidates) {
        this.candidates = candidates;
        this.canonical = new String[candidates.size()];
    }

    /**
     * Extends {@code groups} (indexes into the candidates) in place.
     *
     * @param kept   the links that survived the mutual-best check, best first
     * @param scored all scored links, best first
     */
    void addTo(List<List<Integer>> groups, List<Edge> kept, List<Edge> scored) {
        Map<Integer, Restated> groupOf = new HashMap<>();
        for (List<Integer> g : groups) {
            Restated r = new Restated(g, new HashMap<>(), new HashSet<>());
            g.forEach(i -> r.add(candidates.get(i).article(), canonicalOf(i)));
            g.forEach(i -> groupOf.put(i, r));
        }
        Set<List<Integer>> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Edge e : kept) {
            if (e.relation() == Relation.SAME) {
                joinAgreeing(e, groupOf, absorbed);
            }
        }
        groups.removeIf(absorbed::contains);
        for (Edge e : scored) {
            if (e.relation() != Relation.SAME) {
                joinOwnArticle(e.a(), groupOf.get(e.b()), groupOf);
                joinOwnArticle(e.b(), groupOf.get(e.a()), groupOf);
            }
        }
    }

    private void joinAgreeing(Edge e, Map<Integer, Restated> groupOf, Set<List<Integer>> absorbed) {
        Restated ga = groupOf.get(e.a());
        Restated gb = groupOf.get(e.b());
        if (ga == gb && ga != null) {
            return;
        }
        for (Restated[] pair : new Restated[][] {{ga, gb}, {gb, ga}}) {
            Restated into = pair[0];
            List<Integer> from = pair[1] != null ? pair[1].members() : List.of(pair[0] == ga ? e.b() : e.a());
            if (into != null && restatedBy(into, from)) {
                if (pair[1] != null) {
                    absorbed.add(pair[1].members());
                }
                for (int i : List.copyOf(from)) {
                    into.members().add(i);
                    into.add(candidates.get(i).article(), canonicalOf(i));
                    groupOf.put(i, into);
                }
                return;
            }
        }
    }

    /** Candidate {@code i}, in no group yet, joins {@code into} when its article states its value there already. */
    private void joinOwnArticle(int i, Restated into, Map<Integer, Restated> groupOf) {
        if (into == null || groupOf.containsKey(i)
                || !canonicalOf(i).equals(into.byArticle().get(candidates.get(i).article()))) {
            return;
        }
        into.members().add(i);
        groupOf.put(i, into);
    }

    /** Every value of {@code from} is in {@code into} already, and articles in both state the same value in both. */
    private boolean restatedBy(Restated into, List<Integer> from) {
        for (int i : from) {
            String v = canonicalOf(i);
            String there = into.byArticle().get(candidates.get(i).article());
            if (!into.values().contains(v) || there != null && !there.equals(v)) {
                return false;
            }
        }
        return true;
    }

    private String canonicalOf(int i) {
        if (canonical[i] == null) {
            canonical[i] = candidates.get(i).value().canonical();
        }
        return canonical[i];
    }

    /** A group being extended: its members, the value each article states, its values. */
    private record Restated(List<Integer> members, Map<Integer, String> byArticle, Set<String> values) {
        void add(int article, String value) {
            byArticle.putIfAbsent(article, value);
            values.add(value);
        }
    }
}
