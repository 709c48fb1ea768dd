package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.ValueHolder;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;
import app.reconcile.core.analysis.value.FactValue;
import app.reconcile.core.analysis.value.QuantityValue;
import app.reconcile.core.analysis.value.Relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups candidates of different articles that state the same fact. Candidate pairs come only from shared
 * blocking keys (kind + counted thing, kind + verb, kind + rare context stem), never from all pairs. Links are
 * taken best first; a group holds at most one candidate per article, and a link may not bring in a
 * contradiction that it does not itself carry strong evidence for.
 */
public final class CandidateAligner {
    private static final int RARE_KEYS = 3;
    private static final int LEAD_WORDS = 2;
    private static final int MAX_BLOCK = 20_000;
    private static final int NEIGHBOURHOOD = 40;
    /** Local windows are short, so their cosine runs high; discounted before it competes with the full one. */
    private static final double LOCAL_WEIGHT = 0.8;

    private final ContextModel context;
    private final AlignmentPolicy policy;

    public CandidateAligner(ContextModel context, AlignmentPolicy policy) {
        this.context = context;
        this.policy = policy;
    }

    /** A scored link between candidates {@code a} and {@code b} (indexes into the candidate list). */
    record Edge(int a, int b, double score, Relation relation) {
    }

    /**
     * What the aligner knows of one candidate: context vectors, blocking keys, sort signature, names, and the
     * other counted figures of its sentence ("crew=6" beside "183 passengers").
     */
    private record Features(ContextModel.Vector full, ContextModel.Vector local, List<String> keys,
                            String signature, Set<String> names, String lead, Set<String> siblings) {
        /** The same few words right before both values, and both count the same thing. */
        boolean samePhrase(Features o) {
            return !lead.isEmpty() && lead.equals(o.lead);
        }

        /** Both sentences also give the same figure of some other counted thing ("... and six crew"). */
        boolean sharesSibling(Features o) {
            for (String s : siblings) {
                if (o.siblings.contains(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Groups of candidates stating one fact, each spanning at least two articles. */
    public List<List<Candidate>> align(List<Candidate> candidates, ProgressMonitor monitor) {
        NamedPlaces[] named = namedPlaces(candidates);
        Map<Integer, ArticleNames> articleNames = articleNames(candidates, named);
        Features[] features = new Features[candidates.size()];
        IntStream.range(0, candidates.size()).parallel()
                .forEach(i -> features[i] = features(candidates, i, named[i]));
        monitor.checkCancelled();
        // keys as small ints (ids in order of first use): every examined pair looks for its first shared key
        Map<String, Integer> keyIds = new HashMap<>();
        List<List<Integer>> blocks = new ArrayList<>();
        int[][] keysOf = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            List<String> keys = features[i].keys();
            keysOf[i] = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                int id = keyIds.computeIfAbsent(keys.get(k), x -> keyIds.size());
                if (id == blocks.size()) {
                    blocks.add(new ArrayList<>());
                }
                blocks.get(id).add(i);
                keysOf[i][k] = id;
            }
        }
        List<Edge> edges = IntStream.range(0, blocks.size()).parallel().boxed()
                .filter(b -> blocks.get(b).size() <= MAX_BLOCK)
                .flatMap(b -> blockEdges(b, neighbourhoodOrder(blocks.get(b), features), candidates, features,
                        keysOf, articleNames, monitor).stream())
                .sorted(Comparator.comparingDouble(Edge::score).reversed()
                        .thenComparingInt(Edge::a).thenComparingInt(Edge::b))
                .toList();
        return new SingleLinkClusters(candidates).cluster(mutualBestForDifferences(candidates, edges), edges);
    }

    /** The names each article states in its sentences with values, with the figures of those sentences. */
    private static Map<Integer, ArticleNames> articleNames(List<Candidate> candidates, NamedPlaces[] named) {
        Map<Integer, ArticleNames> out = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            out.computeIfAbsent(candidates.get(i).article(), a -> new ArticleNames()).add(named[i], candidates.get(i));
        }
        return out;
    }

    /** The names of each candidate's sentence, read once per sentence (a sentence's values are consecutive). */
    private static NamedPlaces[] namedPlaces(List<Candidate> candidates) {
        NamedPlaces[] named = new NamedPlaces[candidates.size()];
        IntStream.range(0, candidates.size()).parallel()
                .filter(i -> i == 0 || candidates.get(i).sentence() != candidates.get(i - 1).sentence())
                .forEach(i -> named[i] = NamedPlaces.in(candidates.get(i).sentence()));
        for (int i = 1; i < named.length; i++) {
            if (named[i] == null) {
                named[i] = named[i - 1];
            }
        }
        return named;
    }

    private Features features(List<Candidate> candidates, int index, NamedPlaces named) {
        Candidate c = candidates.get(index);
        int[] window = context.windowStems(c.sentence(), c.start(), c.end());
        return new Features(context.vector(c.sentence(), window), context.localVector(window),
                blockingKeys(c, window), c.value().canonical() + "|" + c.thing() + "|" + Arrays.toString(window),
                named.besides(c), lead(c), siblings(candidates, index));
    }

    /**
     * The other counted figures of the candidate's sentence, as "thing=value", when it counts something
     * itself: in "183 passengers and six crew" / "181 passengers and 6 crew" the crew agree, so the two
     * sentences tell the same thing and the passengers are one fact. A sentence's candidates are consecutive.
     */
    private static Set<String> siblings(List<Candidate> candidates, int index) {
        Candidate c = candidates.get(index);
        if (c.thing().isEmpty()) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        for (int step : new int[] {-1, 1}) {
            for (int j = index + step; j >= 0 && j < candidates.size()
                    && candidates.get(j).sentence() == c.sentence(); j += step) {
                Candidate o = candidates.get(j);
                if (!o.thing().isEmpty() && !o.thing().equals(c.thing())) {
                    out.add(o.thing() + "=" + amount(o));
                }
            }
        }
        return out;
    }

    /**
     * A sibling figure's number (or range) without its hedge: "Some 1,200 firefighters" and "1,200 firefighters"
     * beside two figures are one statement told twice.
     */
    private static String amount(Candidate c) {
        if (!(c.value() instanceof QuantityValue q)) {
            return c.value().canonical();
        }
        String amount = q.dimension() + ' ' + QuantityValue.format(q.amount());
        return q.amountHigh() == q.amount() ? amount : amount + '-' + QuantityValue.format(q.amountHigh());
    }

    /**
     * The two words before a value and what it counts ("licensed to carry|person"), or "" when that phrase
     * is only function words or nothing is counted.
     */
    private static String lead(Candidate c) {
        // a sum or a share without a counted noun is named by the words before it ("turnout was 61 percent",
        // "the repair would cost $4.5 million"); a bare count is not ("said 12")
        boolean named = !c.thing().isEmpty() || c.kind() == FactKind.MONEY || c.kind() == FactKind.PERCENT;
        if (!named) {
            return "";
        }
        WordScanner m = new WordScanner(c.sentence().text()).region(0, c.start() - c.sentence().start());
        java.util.ArrayDeque<String> last = new java.util.ArrayDeque<>();
        while (m.find()) {
            last.addLast(Words.normalise(m.group()));
            if (last.size() > LEAD_WORDS) {
                last.removeFirst();
            }
        }
        if (last.size() < LEAD_WORDS || last.stream().allMatch(w -> Words.isStop(w) || Words.isNumeric(w))) {
            return "";
        }
        return String.join(" ", last) + "|" + (c.thing().isEmpty() ? "#" + c.kind() : c.thing());
    }

    /** Scores the pairs of one block that are scored nowhere else (their first shared key is this block's). */
    private List<Edge> blockEdges(int key, List<Integer> members, List<Candidate> candidates, Features[] f,
                                  int[][] keysOf, Map<Integer, ArticleNames> articleNames, ProgressMonitor monitor) {
        monitor.checkCancelled();
        List<Edge> edges = new ArrayList<>();
        int reach = members.size() > 2 * NEIGHBOURHOOD ? NEIGHBOURHOOD : members.size();
        for (int x = 0; x < members.size(); x++) {
            int i = members.get(x);
            for (int y = x + 1; y < Math.min(members.size(), x + 1 + reach); y++) {
                int j = members.get(y);
                if (candidates.get(i).article() == candidates.get(j).article()
                        || firstSharedKey(keysOf[i], keysOf[j]) != key) {
                    continue;
                }
                Relation r = candidates.get(i).value().relate(candidates.get(j).value());
                boolean namesDiffer = r != Relation.SAME
                        && NamedPlaces.veto(candidates.get(i), candidates.get(j), f[i].names(), f[j].names())
                        && NamedPlaces.vetoAcrossArticles(candidates.get(i), candidates.get(j), f[i].names(),
                        f[j].names(), articleNames.get(candidates.get(i).article()),
                        articleNames.get(candidates.get(j).article()));
                if (r == Relation.INCOMPARABLE || r == Relation.CONFLICT && namesDiffer) {
                    continue;
                }
                double similarity = Math.max(f[i].full().dot(f[j].full()), LOCAL_WEIGHT * f[i].local().dot(f[j].local()));
                double s = policy.score(candidates.get(i), candidates.get(j), r,
                        new AlignmentPolicy.Evidence(similarity, f[i].samePhrase(f[j]), namesDiffer,
                                f[i].sharesSibling(f[j])));
                if (s > 0) {
                    edges.add(new Edge(i, j, s, r));
                }
            }
        }
        return edges;
    }

    /**
     * Two differing values are linked only when each is the other's best match in the other article: in
     * "Russia invaded in February 2022 ... the biggest war since 1945" the dates pair with their equals,
     * not with each other. A compatible match (a hedged or ranged value: "at least 14") does not count as a
     * better match: it is no evidence that the contradicting value belongs elsewhere.
     */
    private static List<Edge> mutualBestForDifferences(List<Candidate> candidates, List<Edge> sortedEdges) {
        BestScores best = new BestScores(sortedEdges.size());
        long articles = candidates.stream().mapToInt(Candidate::article).max().orElse(0) + 1L;
        for (Edge e : sortedEdges) {
            if (e.relation() == Relation.COMPATIBLE) {
                continue;
            }
            best.putIfAbsent(e.a() * articles + candidates.get(e.b()).article(), e.score());
            best.putIfAbsent(e.b() * articles + candidates.get(e.a()).article(), e.score());
        }
        List<Edge> kept = new ArrayList<>(sortedEdges.size());
        for (Edge e : sortedEdges) {
            boolean differs = e.relation() != Relation.SAME;
            if (!differs || best.get(e.a() * articles + candidates.get(e.b()).article()) <= e.score()
                    && best.get(e.b() * articles + candidates.get(e.a()).article()) <= e.score()) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * Large blocks (one fact restated by hundreds of articles) are not compared all against all: members are
     * sorted by value and nearby words and each is compared with its next {@link #NEIGHBOURHOOD} members only
     * (the sorted-neighbourhood method). Restatements sort together, so they still link up in chains.
     */
    private static List<Integer> neighbourhoodOrder(List<Integer> members, Features[] features) {
        if (members.size() <= 2 * NEIGHBOURHOOD) {
            return members;
        }
        return members.stream()
                .sorted(Comparator.comparing((Integer i) -> features[i].signature()).thenComparingInt(i -> i))
                .toList();
    }

    private List<String> blockingKeys(Candidate c, int[] window) {
        Set<String> ks = new LinkedHashSet<>();
        String kind = c.kind().name() + "|";
        if (!c.thing().isEmpty()) {
            ks.add(kind + c.thing());
        }
        for (String k : c.keys()) {
            // a holder or a generic past-tense verb is shared by far too many values to be a block of its own
            if (!ValueHolder.isHolder(k) && !(EventFrames.isFrame(k) && !EventFrames.isTableFrame(k))) {
                ks.add(kind + k);
            }
        }
        ks.add(kind + "=" + c.value().canonical());
        for (int id : rarest(window)) {
            ks.add(kind + "#" + id);
        }
        return List.copyOf(ks);
    }

    /**
     * The {@link #RARE_KEYS} rarest distinct stems of the window that occur in two sentences or more, rarest
     * first; stems equally rare stay in window order.
     */
    private int[] rarest(int[] window) {
        int[] picked = new int[window.length];
        int n = 0;
        for (int id : window) {
            if (context.documentFrequency(id) >= 2 && !contains(picked, n, id)) {
                // insertion sort by descending idf, after the equally rare ones already there (stable)
                int at = n;
                while (at > 0 && Double.compare(-context.idf(picked[at - 1]), -context.idf(id)) > 0) {
                    picked[at] = picked[at - 1];
                    at--;
                }
                picked[at] = id;
                n++;
            }
        }
        return Arrays.copyOf(picked, Math.min(n, RARE_KEYS));
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    /** The first key of {@code a} that {@code b} also has (-1 for none): each pair is scored in one block only. */
    private static int firstSharedKey(int[] a, int[] b) {
        for (int k : a) {
            if (contains(b, b.length, k)) {
                return k;
            }
        }
        return -1;
    }

    /** The worst relation among the distinct values of a group. */
    public static Relation worst(List<Candidate> all, List<Integer> group) {
        List<FactValue> distinct = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i : group) {
            if (seen.add(all.get(i).value().canonical())) {
                distinct.add(all.get(i).value());
            }
        }
        Relation w = Relation.SAME;
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                w = worst(w, distinct.get(i).relate(distinct.get(j)));
            }
        }
        return w;
    }

    static Relation worst(Relation a, Relation b) {
        return rank(a) >= rank(b) ? a : b;
    }

    static int rank(Relation r) {
        return switch (r) {
            case SAME -> 0;
            case COMPATIBLE, INCOMPARABLE -> 1;
            case CONFLICT -> 2;
        };
    }

}
