package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.ProgressMonitor;
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
    static final double THRESHOLD = 0.36;
    /** Scores below this are taken as 0 when two groups are compared (and not kept, to save memory). */
    static final double FLOOR = 0.05;

    private final LinkScorer scorer = new LinkScorer();

    /** A link between two values with the evidence for it. */
    public record Link(Candidate a, Candidate b, Evidence evidence) {
    }

    /** One fact: its values (one per article) and the links that joined them. */
    public record Group(List<Candidate> members, List<Link> links) {
        public Group {
            members = List.copyOf(members);
            links = List.copyOf(links);
        }
    }

    private record Edge(int a, int b, Evidence evidence) {
    }

    public List<Group> align(List<Candidate> candidates, ProgressMonitor monitor) {
        List<Reading> readings = read(candidates);
        if (Boolean.getBoolean("reconcile.debug")) {
            readings.forEach(r -> System.err.println("CAND a" + r.candidate().article() + " " + r.candidate().kind()
                    + " [" + r.candidate().text() + "] =" + r.candidate().value().canonical() + " thing=" + r.thing()
                    + "/" + r.candidate().thing() + " verb=" + r.verb() + " :: " + r.candidate().sentence().text()));
        }
        monitor.checkCancelled();
        List<Edge> scored = IntStream.range(0, readings.size()).parallel().boxed()
                .flatMap(i -> edgesFrom(i, readings).stream())
                .toList();
        monitor.checkCancelled();
        String watch = System.getProperty("reconcile.debug.match");
        if (watch != null) {
            scored.stream().filter(e -> candidates.get(e.a()).text().contains(watch)
                            || candidates.get(e.b()).text().contains(watch))
                    .forEach(e -> System.err.println("EDGE [" + candidates.get(e.a()).text() + "]a"
                            + candidates.get(e.a()).article() + " ~ [" + candidates.get(e.b()).text() + "]a"
                            + candidates.get(e.b()).article() + " " + e.evidence().detailed()));
        }
        Map<Long, Double> scores = new HashMap<>();
        scored.forEach(e -> scores.put(pair(e.a(), e.b()), e.evidence().score()));
        List<Edge> edges = scored.stream().filter(e -> e.evidence().score() >= THRESHOLD).toList();
        return merge(candidates, mutualBest(candidates, edges), scores);
    }

    /** Why two values were or were not linked, for {@code --explain-pair}. */
    public Evidence explain(List<Candidate> candidates, Candidate a, Candidate b) {
        List<Reading> readings = read(candidates);
        Reading ra = readings.get(indexOf(candidates, a));
        Reading rb = readings.get(indexOf(candidates, b));
        return scorer.score(ra, rb);
    }

    private static int indexOf(List<Candidate> candidates, Candidate c) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("not one of the candidates: " + c.text());
    }

    private List<Reading> read(List<Candidate> candidates) {
        Map<Sentence, Tagged> tagged = new IdentityHashMap<>();
        List<Sentence> distinct = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!tagged.containsKey(c.sentence())) {
                tagged.put(c.sentence(), null);
                distinct.add(c.sentence());
            }
        }
        List<Tagged> tags = distinct.parallelStream().map(s -> Reader.forThread().read(s.text())).toList();
        for (int i = 0; i < distinct.size(); i++) {
            tagged.put(distinct.get(i), tags.get(i));
        }
        ValueReader reader = new ValueReader();
        List<ValueReader.Words> words = candidates.parallelStream()
                .map(c -> reader.read(c, tagged.get(c.sentence()))).toList();
        ClauseVectors vectors = new ClauseVectors(distinct.size(), tagged.values());
        Map<Sentence, Set<String>> datesOf = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            if (c.kind() == app.reconcile.core.FactKind.DATE) {
                datesOf.computeIfAbsent(c.sentence(), k -> new java.util.TreeSet<>()).add(c.value().canonical());
            }
        }
        List<Reading> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ValueReader.Words w = words.get(i);
            out.add(new Reading(c, tagged.get(c.sentence()), w.thing(), w.things(), w.verb(), w.holder(), vectors.vector(w.clause()),
                    vectors.vector(w.local()), w.names(), otherDates(c, datesOf.get(c.sentence()))));
        }
        return out;
    }

    /** The dates the value's sentence gives besides the value itself ("In 2021 the court ordered ..."). */
    private static Set<String> otherDates(Candidate c, Set<String> sentenceDates) {
        if (sentenceDates == null) {
            return Set.of();
        }
        Set<String> out = new java.util.TreeSet<>(sentenceDates);
        out.remove(c.value().canonical());
        return out;
    }

    private List<Edge> edgesFrom(int i, List<Reading> readings) {
        List<Edge> out = new ArrayList<>();
        Candidate a = readings.get(i).candidate();
        for (int j = i + 1; j < readings.size(); j++) {
            Candidate b = readings.get(j).candidate();
            if (a.article() == b.article() || a.kind() != b.kind()
                    || a.value().relate(b.value()) == Relation.INCOMPARABLE) {
                continue;
            }
            Evidence e = scorer.score(readings.get(i), readings.get(j));
            if (e.score() >= FLOOR) {
                out.add(new Edge(i, j, e));
            }
        }
        return out;
    }

    /** Keeps the links where each value is the other's best match in the other's article. */
    private static List<Edge> mutualBest(List<Candidate> candidates, List<Edge> edges) {
        Map<Long, Double> best = new HashMap<>();
        for (Edge e : edges) {
            best.merge(key(e.a(), candidates.get(e.b()).article()), e.evidence().score(), Math::max);
            best.merge(key(e.b(), candidates.get(e.a()).article()), e.evidence().score(), Math::max);
        }
        return edges.stream()
                .filter(e -> best.get(key(e.a(), candidates.get(e.b()).article())) <= e.evidence().score()
                        && best.get(key(e.b(), candidates.get(e.a()).article())) <= e.evidence().score())
                .sorted(Comparator.comparingDouble((Edge e) -> -e.evidence().score())
                        .thenComparingInt(Edge::a).thenComparingInt(Edge::b))
                .toList();
    }

    private static long key(int candidate, int article) {
        return ((long) candidate << 32) | article;
    }

    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /**
     * Strongest links first. Two groups merge only when they hold no article in common and their members are
     * on average linked well enough ({@link #THRESHOLD}): one good link does not pull in a member that
     * resembles none of the others (average linkage rather than single linkage).
     */
    private static List<Group> merge(List<Candidate> candidates, List<Edge> sorted, Map<Long, Double> scores) {
        int n = candidates.size();
        int[] parent = IntStream.range(0, n).toArray();
        Map<Integer, java.util.BitSet> articles = new HashMap<>();
        Map<Integer, List<Edge>> links = new HashMap<>();
        for (Edge e : sorted) {
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra == rb) {
                links.computeIfAbsent(ra, k -> new ArrayList<>()).add(e);
                continue;
            }
            java.util.BitSet sa = articles.computeIfAbsent(ra, k -> bit(candidates.get(k).article()));
            java.util.BitSet sb = articles.computeIfAbsent(rb, k -> bit(candidates.get(k).article()));
            if (sa.intersects(sb) || averageLink(parent, ra, rb, scores) < THRESHOLD) {
                continue;
            }
            parent[rb] = ra;
            sa.or(sb);
            articles.remove(rb);
            List<Edge> l = links.computeIfAbsent(ra, k -> new ArrayList<>());
            l.addAll(links.getOrDefault(rb, List.of()));
            links.remove(rb);
            l.add(e);
        }
        Map<Integer, List<Candidate>> members = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(candidates.get(i));
        }
        List<Group> out = new ArrayList<>();
        members.forEach((root, m) -> {
            if (m.size() >= 2) {
                out.add(new Group(m, links.getOrDefault(root, List.of()).stream()
                        .map(e -> new Link(candidates.get(e.a()), candidates.get(e.b()), e.evidence())).toList()));
            }
        });
        return out;
    }

    private static double averageLink(int[] parent, int ra, int rb, Map<Long, Double> scores) {
        List<Integer> inA = new ArrayList<>();
        List<Integer> inB = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int r = find(parent, i);
            if (r == ra) {
                inA.add(i);
            } else if (r == rb) {
                inB.add(i);
            }
        }
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
