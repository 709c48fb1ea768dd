package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.UnionFind;
import app.reconcile.core.analysis.align.CandidateAligner.Edge;
import app.reconcile.core.analysis.value.FactValue;
import app.reconcile.core.analysis.value.Relation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.reconcile.core.analysis.align.CandidateAligner.rank;
import static app.reconcile.core.analysis.align.CandidateAligner.worst;

/**
 * Single-link clustering of scored links, best first, with one candidate per article in a group; a link may
 * not bring in a contradiction that it does not itself carry. Restatements then join ({@link Restatements}),
 * judged on all scored links.
 */
final class SingleLinkClusters {
    private final List<Candidate> candidates;

    SingleLinkClusters(List<Candidate> candidates) {
        this.candidates = candidates;
    }

    /**
     * Groups of candidates, each in candidate order, groups ordered by their first candidate.
     *
     * @param edges  the links that survived the mutual-best check, best first
     * @param scored all scored links, best first
     */
    List<List<Candidate>> cluster(List<Edge> edges, List<Edge> scored) {
        int n = candidates.size();
        int[] parent = new int[n];
        Map<Integer, BitSet> articles = new HashMap<>();
        Map<Integer, List<Integer>> members = new HashMap<>();
        Map<Integer, GroupValues> values = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Edge e : edges) {
            int ra = UnionFind.find(parent, e.a());
            int rb = UnionFind.find(parent, e.b());
            if (ra == rb) {
                continue;
            }
            BitSet aa = articles.computeIfAbsent(ra, k -> bit(candidates.get(k).article()));
            BitSet ab = articles.computeIfAbsent(rb, k -> bit(candidates.get(k).article()));
            if (aa.intersects(ab)) {
                continue;
            }
            List<Integer> ma = members.computeIfAbsent(ra, k -> new ArrayList<>(List.of(k)));
            List<Integer> mb = members.computeIfAbsent(rb, k -> new ArrayList<>(List.of(k)));
            GroupValues va = values.computeIfAbsent(ra, k -> new GroupValues(candidates.get(k).value()));
            GroupValues vb = values.computeIfAbsent(rb, k -> new GroupValues(candidates.get(k).value()));
            Relation after = va.worstWith(vb);
            if (rank(after) > Math.max(rank(worst(va.worst, vb.worst)), rank(e.relation()))) {
                continue;
            }
            parent[rb] = ra;
            aa.or(ab);
            ma.addAll(mb);
            va.absorb(vb, after);
            articles.remove(rb);
            members.remove(rb);
            values.remove(rb);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (var entry : members.entrySet()) {
            if (articles.get(entry.getKey()).cardinality() >= 2) {
                groups.add(entry.getValue());
            }
        }
        new Restatements(candidates).addTo(groups, edges, scored);
        groups.replaceAll(g -> g.stream().sorted().toList());
        groups.sort(Comparator.comparingInt(g -> g.get(0)));
        return groups.stream().map(g -> g.stream().map(candidates::get).toList()).toList();
    }

    /**
     * The distinct values of a group as it grows (first of each canonical value, in member order) and the worst
     * relation among them: a merge then relates only the values the other group adds, where recomputing the
     * union's relations pair by pair on every link made single-link clustering quadratic in a fact's size.
     */
    private static final class GroupValues {
        private final List<FactValue> distinct = new ArrayList<>();
        private final Set<String> canonicals = new HashSet<>();
        private Relation worst = Relation.SAME;

        GroupValues(FactValue first) {
            distinct.add(first);
            canonicals.add(first.canonical());
        }

        /** The worst relation among the distinct values of this group followed by {@code other}'s. */
        Relation worstWith(GroupValues other) {
            Relation w = worst;
            List<FactValue> added = added(other);
            for (int j = 0; j < added.size(); j++) {
                for (FactValue v : distinct) {
                    w = worst(w, v.relate(added.get(j)));
                }
                for (int i = 0; i < j; i++) {
                    w = worst(w, added.get(i).relate(added.get(j)));
                }
            }
            return w;
        }

        /** Takes in {@code other}'s values; {@code unionWorst} is {@link #worstWith}{@code (other)}. */
        void absorb(GroupValues other, Relation unionWorst) {
            for (FactValue v : added(other)) {
                distinct.add(v);
                canonicals.add(v.canonical());
            }
            worst = unionWorst;
        }

        private List<FactValue> added(GroupValues other) {
            List<FactValue> added = new ArrayList<>();
            for (FactValue v : other.distinct) {
                if (!canonicals.contains(v.canonical())) {
                    added.add(v);
                }
            }
            return added;
        }
    }

    private static BitSet bit(int article) {
        BitSet b = new BitSet();
        b.set(article);
        return b;
    }
}
