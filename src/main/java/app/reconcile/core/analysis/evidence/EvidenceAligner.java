package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.core.analysis.UnionFind;
import app.reconcile.core.analysis.reading.Reader;
import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups the values of different articles that state the same fact, by evidence alone (see {@link LinkScorer}):
 * <ol>
 *   <li>every pair of values of one kind in two articles is scored, whatever their values;</li>
 *   <li>a pair is a link when its score reaches {@link #THRESHOLD} and each value is the other's best match
 *       in the other's article (mutual best match);</li>
 *   <li>links are merged strongest first, as long as a fact keeps at most one value per article.</li>
 * </ol>
 * Values that compare as different sorts ("a weekday against a year") are never scored.
 */
public final class EvidenceAligner {
    /** The least score of a link; see docs/analysis.md for how it was chosen. */
    public static final double THRESHOLD = 0.48;
    /// Two groups merge when their members are linked this well on average (average linkage).
    static final double MERGE_THRESHOLD = THRESHOLD;
    /** Scores below this are taken as 0 when two groups are compared (and not kept, to save memory). */
    static final double FLOOR = 0.05;
    static final int MAX_BLOCK = 400;


    /** A link between two values with the evidence for it. */
    public record Link(Candidate a, Candidate b, Evidence evidence) {
    }

    /**
     * One fact: its values (one per article), how many links joined them, the strongest of them with its
     * evidence (only that one is explained: a fact restated by hundreds of articles has hundreds of links), and a
     * label in the articles' own words ({@link FactLabels}).
     */
    public record Group(List<Candidate> members, int linkCount, Link strongest, String label) {
        public Group {
            members = List.copyOf(members);
        }

        /** The worst relation among the distinct values of the group: the fact's verdict. */
        public Relation worst() {
            List<app.reconcile.core.analysis.value.FactValue> distinct = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Candidate c : members) {
                if (seen.add(c.value().canonical())) {
                    distinct.add(c.value());
                }
            }
            Relation w = Relation.SAME;
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    Relation r = distinct.get(i).relate(distinct.get(j));
                    w = rank(r) > rank(w) ? r : w;
                }
            }
            return w;
        }

        private static int rank(Relation r) {
            return switch (r) {
                case SAME -> 0;
                case COMPATIBLE, INCOMPARABLE -> 1;
                case CONFLICT -> 2;
            };
        }
    }

    private record Edge(int a, int b, double score) {
    }

    public List<Group> align(List<Candidate> candidates, ProgressMonitor monitor) {
        return align(candidates, monitor, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * @param tagged sentences already read, by their text, shared with the other readers of the event (the
     *               quotations' speakers); the sentences read here are added to it
     */
    public List<Group> align(List<Candidate> candidates, ProgressMonitor monitor,
                             java.util.concurrent.ConcurrentMap<String, Tagged> tagged) {
        List<Reading> readings = read(candidates, tagged);
        monitor.checkCancelled();
        List<List<int[]>> blocks = blocks(readings);
        LinkScorer scorer = LinkScorer.forEvent(readings);
        List<Edge> scored = IntStream.range(0, readings.size()).parallel().boxed()
                .flatMap(i -> edgesFrom(i, readings, blocks, scorer).stream())
                .toList();
        monitor.checkCancelled();
        Map<Long, Double> scores = new HashMap<>();
        scored.forEach(e -> scores.put(pair(e.a(), e.b()), e.score()));
        List<Edge> edges = scored.stream().filter(e -> e.score() >= THRESHOLD).toList();
        return merge(readings, mutualBest(candidates, edges), scores, scorer);
    }

    /**
     * Why two values were or were not linked, for {@code --explain-pair}: the evidence between them and, for each,
     * its best-scoring value in the other's article when that is not the other (the rival it lost to under mutual
     * best match). The values are read once for all three.
     */
    public PairEvidence explain(List<Candidate> candidates, Candidate a, Candidate b) {
        List<Reading> readings = read(candidates, new java.util.concurrent.ConcurrentHashMap<>());
        LinkScorer scorer = LinkScorer.forEvent(readings);
        Reading ra = readings.get(indexOf(candidates, a));
        Reading rb = readings.get(indexOf(candidates, b));
        List<String> notes = new ArrayList<>();
        for (Reading r : List.of(ra, rb)) {
            if (scorer.pageStamp(r)) {
                notes.add("\"" + r.candidate().text() + "\" is on a page's own time stamp line (when the page was "
                        + "written, not a time of the story), which is never compared");
            }
        }
        return new PairEvidence(scorer.score(ra, rb), bestIn(readings, scorer, ra, b.article()).filter(r -> r.value() != b),
                bestIn(readings, scorer, rb, a.article()).filter(r -> r.value() != a), notes);
    }

    /**
     * What {@link #explain} finds: the evidence between two values, the rival each lost to, if any, and what kept
     * either out of every comparison.
     */
    public record PairEvidence(Evidence evidence, java.util.Optional<Rival> rivalOfA, java.util.Optional<Rival> rivalOfB,
                               List<String> notes) {
        public PairEvidence {
            notes = List.copyOf(notes);
        }
    }

    /** A value's best-scoring partner in one other article, the rival a pair loses to under mutual best match. */
    public record Rival(Candidate value, double score) {
    }

    /**
     * The value of {@code article} that {@code a} scores best with (of one kind, comparable, as the aligner
     * pairs them). Empty when none scores above 0.
     */
    private static java.util.Optional<Rival> bestIn(List<Reading> readings, LinkScorer scorer, Reading ra, int article) {
        Candidate a = ra.candidate();
        Rival best = null;
        for (Reading r : readings) {
            Candidate c = r.candidate();
            if (c.article() == article && c.kind() == a.kind() && a.value().relate(c.value()) != Relation.INCOMPARABLE) {
                double score = scorer.value(ra, r);
                if (score > 0 && (best == null || score > best.score())) {
                    best = new Rival(c, score);
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static int indexOf(List<Candidate> candidates, Candidate c) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("not one of the candidates: " + c.text());
    }

    private List<Reading> read(List<Candidate> candidates, java.util.concurrent.ConcurrentMap<String, Tagged> byText) {
        Map<Sentence, Tagged> tagged = new IdentityHashMap<>();
        List<Sentence> distinct = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!tagged.containsKey(c.sentence())) {
                tagged.put(c.sentence(), null);
                distinct.add(c.sentence());
            }
        }
        // wire copy repeats sentences word for word: each distinct text is tagged once
        List<Tagged> tags = distinct.parallelStream()
                .map(s -> byText.computeIfAbsent(s.text(), t -> Reader.forThread().read(t))).toList();
        Set<String> names = app.reconcile.core.analysis.reading.KnownNames.of(tags);
        for (int i = 0; i < distinct.size(); i++) {
            tagged.put(distinct.get(i), tags.get(i).withNames(names));
        }
        ValueReader reader = new ValueReader();
        Map<Sentence, List<Candidate>> bySentence = new IdentityHashMap<>();
        candidates.forEach(c -> bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c));
        List<ValueReader.Words> words = candidates.parallelStream()
                .map(c -> reader.read(c, tagged.get(c.sentence()), bySentence.get(c.sentence()))).toList();
        ClauseVectors vectors = new ClauseVectors(distinct.size(), tagged.values());
        List<Reading> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ValueReader.Words w = words.get(i);
            out.add(new Reading(c, tagged.get(c.sentence()), w.thing(), w.things(), w.verb(), w.holder(), vectors.vector(w.clause()),
                    vectors.vector(w.local()), w.names(), w.dates()));
        }
        return out;
    }

    /**
     * Pairs are scored only when they can score at all: two values of one kind that share a counted thing or a
     * word of their local windows (blocking, so that a large event is not compared all against all). A word
     * in more than {@link #MAX_BLOCK} windows is too common to propose pairs.
     *
     * @return for each reading, the blocks (lists of reading indexes, ascending) it belongs to
     */
    private static List<List<int[]>> blocks(List<Reading> readings) {
        Map<String, List<Integer>> byKey = new java.util.LinkedHashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            String kind = r.candidate().kind().name();
            for (String t : r.things()) {
                byKey.computeIfAbsent(kind + "|t|" + t, k -> new ArrayList<>()).add(i);
            }
            for (int id : r.local().ids()) {
                byKey.computeIfAbsent(kind + "|w|" + id, k -> new ArrayList<>()).add(i);
            }
        }
        List<List<int[]>> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (List<Integer> block : byKey.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            int[] members = block.stream().mapToInt(Integer::intValue).distinct().toArray();
            for (int i : members) {
                out.get(i).add(members);
            }
        }
        return out;
    }

    /** The scored pairs of reading {@code i} with the later readings that share a block with it. */
    private static List<Edge> edgesFrom(int i, List<Reading> readings, List<List<int[]>> blocks, LinkScorer scorer) {
        List<Edge> out = new ArrayList<>();
        for (int j : partners(i, readings, blocks, scorer)) {
            double score = scorer.value(readings.get(i), readings.get(j));
            if (score >= FLOOR) {
                out.add(new Edge(i, j, score));
            }
        }
        return out;
    }

    /** The later readings that share a block with reading {@code i}, are in another article and compare with it. */
    private static int[] partners(int i, List<Reading> readings, List<List<int[]>> blocks, LinkScorer scorer) {
        java.util.BitSet partners = new java.util.BitSet(readings.size());
        for (int[] block : blocks.get(i)) {
            for (int j : block) {
                if (j > i) {
                    partners.set(j);
                }
            }
        }
        Candidate a = readings.get(i).candidate();
        if (scorer.pageStamp(readings.get(i))) {
            return new int[0];
        }
        return partners.stream().filter(j -> {
            Candidate b = readings.get(j).candidate();
            return a.article() != b.article() && a.value().relate(b.value()) != Relation.INCOMPARABLE
                    && !scorer.pageStamp(readings.get(j));
        }).toArray();
    }


    /**
     * Every pair of values the aligner scores, each with its full evidence, whether or not it becomes a link:
     * the material the link weights are fitted on ({@code docs/analysis.md}, "Link weights").
     */
    public List<Link> scoredPairs(List<Candidate> candidates) {
        List<Reading> readings = read(candidates, new java.util.concurrent.ConcurrentHashMap<>());
        List<List<int[]>> blocks = blocks(readings);
        LinkScorer scorer = LinkScorer.forEvent(readings);
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            for (int j : partners(i, readings, blocks, scorer)) {
                out.add(new Link(readings.get(i).candidate(), readings.get(j).candidate(),
                        scorer.score(readings.get(i), readings.get(j))));
            }
        }
        return out;
    }

    /** Keeps the links where each value is the other's best match in the other's article. */
    private static List<Edge> mutualBest(List<Candidate> candidates, List<Edge> edges) {
        Map<Long, Double> best = new HashMap<>();
        for (Edge e : edges) {
            best.merge(key(e.a(), candidates.get(e.b()).article()), e.score(), Math::max);
            best.merge(key(e.b(), candidates.get(e.a()).article()), e.score(), Math::max);
        }
        return edges.stream()
                .filter(e -> best.get(key(e.a(), candidates.get(e.b()).article())) <= e.score()
                        && best.get(key(e.b(), candidates.get(e.a()).article())) <= e.score())
                .sorted(Comparator.comparingDouble((Edge e) -> -e.score())
                        .thenComparingInt(Edge::a).thenComparingInt(Edge::b))
                .toList();
    }

    /**
     * A key for a (value, article) pair. Mixed, not packed: {@code Long.hashCode} of a packed pair is the XOR of
     * its halves, which puts thousands of keys in one bucket.
     */
    private static long key(int candidate, int article) {
        return candidate * 0x9E3779B97F4A7C15L + article;
    }

    /** A key for an unordered pair of values, mixed for the same reason as {@link #key}. */
    private static long pair(int a, int b) {
        return a < b ? a * 0x9E3779B97F4A7C15L + b : b * 0x9E3779B97F4A7C15L + a;
    }

    /**
     * Strongest links first. Two groups merge only when they hold no article in common and their members are
     * on average linked well enough ({@link #THRESHOLD}): one good link does not pull in a member that
     * resembles none of the others (average linkage rather than single linkage).
     */
    private static List<Group> merge(List<Reading> readings, List<Edge> sorted, Map<Long, Double> scores,
                                     LinkScorer scorer) {
        int n = readings.size();
        int[] parent = UnionFind.singletons(n);
        Map<Integer, List<Integer>> members = new HashMap<>();
        Map<Integer, java.util.BitSet> articles = new HashMap<>();
        Map<Integer, List<Edge>> links = new HashMap<>();
        for (Edge e : sorted) {
            int ra = UnionFind.find(parent, e.a());
            int rb = UnionFind.find(parent, e.b());
            if (ra == rb) {
                links.computeIfAbsent(ra, k -> new ArrayList<>()).add(e);
                continue;
            }
            List<Integer> ma = members.computeIfAbsent(ra, k -> new ArrayList<>(List.of(k)));
            List<Integer> mb = members.computeIfAbsent(rb, k -> new ArrayList<>(List.of(k)));
            java.util.BitSet sa = articles.computeIfAbsent(ra, k -> bit(readings.get(k).candidate().article()));
            java.util.BitSet sb = articles.computeIfAbsent(rb, k -> bit(readings.get(k).candidate().article()));
            if (sa.intersects(sb) || averageLink(ma, mb, scores) < MERGE_THRESHOLD) {
                continue;
            }
            parent[rb] = ra;
            sa.or(sb);
            ma.addAll(mb);
            members.remove(rb);
            articles.remove(rb);
            List<Edge> l = links.computeIfAbsent(ra, k -> new ArrayList<>());
            l.addAll(links.getOrDefault(rb, List.of()));
            links.remove(rb);
            l.add(e);
        }
        List<Group> out = new ArrayList<>();
        new java.util.TreeMap<>(members).forEach((root, m) -> {
            if (m.size() >= 2) {
                List<Candidate> cs = m.stream().sorted().map(i -> readings.get(i).candidate()).toList();
                List<Edge> l = links.getOrDefault(root, List.of());
                // the links are merged strongest first, so the first one is the strongest
                Edge top = l.get(0);
                out.add(new Group(cs, l.size(), new Link(readings.get(top.a()).candidate(),
                        readings.get(top.b()).candidate(), scorer.score(readings.get(top.a()), readings.get(top.b()))),
                        FactLabels.label(m.stream().sorted().map(readings::get).toList())));
            }
        });
        return out;
    }

    private static double averageLink(List<Integer> inA, List<Integer> inB, Map<Long, Double> scores) {
        double sum = 0;
        for (int x : inA) {
            for (int y : inB) {
                sum += scores.getOrDefault(pair(x, y), 0.0);
            }
        }
        return sum / (inA.size() * inB.size());
    }

    private static java.util.BitSet bit(int article) {
        java.util.BitSet b = new java.util.BitSet();
        b.set(article);
        return b;
    }
}
