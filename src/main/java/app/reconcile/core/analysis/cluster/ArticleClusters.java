package app.reconcile.core.analysis.cluster;

import app.reconcile.core.analysis.UnionFind;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a folder of articles into groups that report one event, so that a fact never joins statements of
 * articles about different events ("14 killed" in a ferry report and "14 killed" in an earthquake report).
 *
 * <p>Each article is a TF-IDF vector of its content stems (names included: they are the rarest and most telling
 * words): term frequency {@code 1 + ln tf}, inverse document frequency {@code ln(1 + N / df)} over the
 * analysed articles. Two articles are linked when the cosine of their vectors reaches {@link #THRESHOLD};
 * groups are the connected components of those links (single link: a follow-up that shares words with one
 * earlier report joins its event). On the seeds and the five evaluation corpora analysed together, reports
 * of one event measured 0.32-0.77 and reports of different events at most 0.11, so 0.2 leaves room on both
 * sides. Two different events of one kind in one place (two earthquakes in one region) may still meet.
 */
public final class ArticleClusters {
    /** Cosine from which two articles are taken to report one event. */
    public static final double THRESHOLD = 0.2;
    /**
     * Cosine between an article left alone and the centroid of a group from which it joins that group. Real
     * reports by different outlets share fewer words than our own test corpora: pairs of one event measured
     * 0.15-0.31 on real pages, so a short report can miss every pairwise link. Against the group's centroid
     * (the words of all its reports) the same reports measured 0.24-0.41, and reports of other events of the
     * same kind (a train collision against a derailment, two sets of job cuts) at most 0.18.
     */
    public static final double CENTROID_THRESHOLD = 0.22;
    /**
     * The number of documents the inverse document frequency assumes at least. In a folder of five reports of
     * one event every event word is in every report, and a plain IDF ({@code ln 2} for those against
     * {@code ln 6} for a word of one report) would rank the words the reports share below the ones they do not:
     * five real reports of one diplomatic meeting linked at 0.07-0.20 and fell apart. Taking the folder as a
     * sample of at least 20 documents keeps shared words weighty (0.17-0.41, all linked) and leaves folders of
     * 20 or more articles as they were; reports of different events in small folders stayed apart (two sets of
     * talks about Russia, job cuts and retail results, a train collision and a bridge collapse).
     */
    static final int MIN_COLLECTION = 20;

    private final LightStemmer stemmer;

    public ArticleClusters(LightStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** Groups of article indexes, each in ascending order, groups ordered by their first article. */
    public List<List<Integer>> cluster(List<String> texts) {
        List<Map<String, Double>> vectors = vectors(texts);
        int n = texts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // articles already joined need no comparison: one report of one event costs O(N), not O(N²)
                if (UnionFind.find(parent, i) != UnionFind.find(parent, j) && dot(vectors.get(i), vectors.get(j)) >= THRESHOLD) {
                    parent[UnionFind.find(parent, j)] = UnionFind.find(parent, i);
                }
            }
        }
        List<List<Integer>> linked = groups(parent);
        return attachLoners(linked, vectors);
    }

    private static List<List<Integer>> groups(int[] parent) {
        int n = parent.length;
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int root = UnionFind.find(parent, i);
            groups.computeIfAbsent(groups.containsKey(root) ? root : firstOf(parent, root, n), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(groups.values());
        out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return out;
    }

    /**
     * Each article that no pairwise link reached joins the group whose centroid it is most similar to, when
     * that similarity reaches {@link #CENTROID_THRESHOLD}. Centroids are those of the linked groups only, so
     * loners never gather into a group of their own this way, and the order of the articles does not matter.
     */
    static List<List<Integer>> attachLoners(List<List<Integer>> linked, List<Map<String, Double>> vectors) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<Integer> loners = new ArrayList<>();
        for (List<Integer> g : linked) {
            if (g.size() == 1) {
                loners.add(g.get(0));
            } else {
                groups.add(new ArrayList<>(g));
                centroids.add(centroid(g, vectors));
            }
        }
        List<List<Integer>> out = new ArrayList<>(groups);
        for (int loner : loners) {
            int best = -1;
            double bestScore = CENTROID_THRESHOLD;
            for (int g = 0; g < centroids.size(); g++) {
                double score = dot(vectors.get(loner), centroids.get(g));
                if (score >= bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                groups.get(best).add(loner);
            } else {
                out.add(new ArrayList<>(List.of(loner)));
            }
        }
        out.forEach(g -> g.sort(Integer::compare));
        out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return out;
    }

    /** The normalised sum of the members' vectors. */
    private static Map<String, Double> centroid(List<Integer> members, List<Map<String, Double>> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (int m : members) {
            vectors.get(m).forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        double len = Math.sqrt(sum.values().stream().mapToDouble(w -> w * w).sum());
        sum.replaceAll((term, w) -> len == 0 ? 0 : w / len);
        return sum;
    }

    private static int firstOf(int[] parent, int root, int n) {
        for (int i = 0; i < n; i++) {
            if (UnionFind.find(parent, i) == root) {
                return i;
            }
        }
        return root;
    }

    /** Cosine similarity of every pair of articles (symmetric, 1 on the diagonal for non-empty texts). */
    public double[][] similarities(List<String> texts) {
        List<Map<String, Double>> vectors = vectors(texts);
        int n = texts.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                sim[i][j] = sim[j][i] = dot(vectors.get(i), vectors.get(j));
            }
        }
        return sim;
    }

    /** Normalised TF-IDF vectors of the texts. */
    private List<Map<String, Double>> vectors(List<String> texts) {
        int n = texts.size();
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        counts.addAll(texts.parallelStream().map(this::termCounts).toList());
        counts.forEach(c -> c.keySet().forEach(term -> df.merge(term, 1, Integer::sum)));
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : c.entrySet()) {
                double idf = Math.log(1 + (double) Math.max(n, MIN_COLLECTION) / df.get(e.getKey()));
                double w = (1 + Math.log(e.getValue())) * idf;
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            vectors.add(v);
        }
        return vectors;
    }

    /**
     * Content stems and their counts. A hand-written scan rather than the shared word pattern: this runs over
     * every article before anything else, when the regex engine is still cold, and numbers do not matter here.
     * Words are counted as written first and each distinct word is normalised and stemmed once: an article
     * uses about half of its words more than once, and on a cold JVM every call costs.
     */
    private Map<String, Integer> termCounts(String text) {
        Map<String, int[]> written = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isLetter(text.charAt(i))) {
                int end = wordEnd(text, i);
                count(written, text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        Map<String, Integer> c = new HashMap<>();
        for (var e : written.entrySet()) {
            String w = Words.normalise(e.getKey());
            if (w.length() > 2 && !Words.isStop(w)) {
                c.merge(stemmer.stem(w.replace("-", "")), e.getValue()[0], Integer::sum);
            }
        }
        return c;
    }

    /** The end of the word starting at {@code start}: letters, joined by one hyphen or apostrophe. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && (isLetter(text.charAt(i))
                || isJoiner(text.charAt(i)) && i + 1 < n && isLetter(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static void count(Map<String, int[]> counts, String word) {
        int[] c = counts.get(word);
        if (c == null) {
            counts.put(word, new int[] {1});
        } else {
            c[0]++;
        }
    }

    /**
     * {@link Character#isLetter}, with ASCII answered first: this scan is the first hot loop of every run and
     * is compiled while it runs, and a short common path keeps that compilation small.
     */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isJoiner(char ch) {
        return ch == '-' || ch == '\'' || ch == '’';
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}
