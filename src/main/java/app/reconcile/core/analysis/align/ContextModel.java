package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Meaning-bearing context of a value: the stems of its sentence weighted by rarity across the corpus
 * (inverse sentence frequency), words near the value counted twice, neighbouring sentences at a third.
 * Vectors are sparse and L2-normalised so that a dot product is a cosine.
 *
 * <p>Each sentence is read once, when the model is built (in parallel): its content words become stem ids with
 * their offsets, so that the window and the vector of each of its values are array walks, not regex scans, and
 * sentences are found by (article, index) rather than by hashing their text.
 */
public final class ContextModel {
    private static final int WINDOW = 6;
    private static final double NEIGHBOUR_WEIGHT = 0.35;
    private static final int[] NONE = new int[0];

    /** A sparse, normalised vector: ascending stem ids and their weights. */
    public record Vector(int[] ids, float[] weights) {
        public double dot(Vector o) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < o.ids.length) {
                if (ids[i] == o.ids[j]) {
                    sum += weights[i++] * o.weights[j++];
                } else if (ids[i] < o.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }

    /** The content words of one sentence: their stems (or frame keys) and offsets in the sentence. */
    private record Tokens(List<String> stems, int[] starts) {
    }

    /** The sentences of one article in reading order, with the stem ids of each and their offsets. */
    private record ArticleSentences(List<Sentence> sentences, List<int[]> stems, List<int[]> starts) {
    }

    /** Verbs of one event frame ("killed", "died") count as one shared word. */
    private final EventFrames frames;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, ArticleSentences> byArticle = new HashMap<>();
    private int[] df = new int[256];
    /**
     * The number of sentences the inverse sentence frequency assumes at least. With {@code ln(N / df)} a word
     * in every sentence weighs nothing, so two one-sentence reports ("killing 14 people" / "killing 15
     * people") had no context in common at all; a short brief is taken as a sample of a longer text. Any
     * analysis of 20 sentences or more is unchanged.
     */
    static final int MIN_SENTENCES = 20;

    private final double[] idf;

    public ContextModel(LightStemmer stemmer, List<Sentence> sentences) {
        this.frames = new EventFrames(stemmer);
        List<Tokens> tokens = sentences.parallelStream().map(this::tokens).toList();
        int[] lastSeen = new int[256];
        for (int n = 0; n < sentences.size(); n++) {
            Sentence s = sentences.get(n);
            List<String> stems = tokens.get(n).stems();
            int[] stemIds = new int[stems.size()];
            for (int k = 0; k < stemIds.length; k++) {
                int id = id(stems.get(k));
                stemIds[k] = id;
                if (lastSeen.length <= id) {
                    lastSeen = Arrays.copyOf(lastSeen, df.length);
                }
                if (lastSeen[id] != n + 1) {
                    lastSeen[id] = n + 1;
                    df[id]++;
                }
            }
            ArticleSentences article = byArticle.computeIfAbsent(s.article(),
                    k -> new ArticleSentences(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            article.sentences().add(s);
            article.stems().add(stemIds);
            article.starts().add(tokens.get(n).starts());
        }
        int sentenceCount = Math.max(MIN_SENTENCES, sentences.size());
        idf = new double[ids.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log((double) sentenceCount / Math.max(1, df[id]));
        }
    }

    private Tokens tokens(Sentence s) {
        List<String> stems = new ArrayList<>();
        int[] at = new int[8];
        WordScanner m = new WordScanner(s.text());
        while (m.find()) {
            String w = Words.normalise(m.group());
            if (w.length() > 1 && !Words.isStop(w) && !Words.isNumeric(w)) {
                if (at.length == stems.size()) {
                    at = Arrays.copyOf(at, at.length * 2);
                }
                at[stems.size()] = m.start();
                stems.add(frames.stemOrFrame(w));
            }
        }
        return new Tokens(stems, Arrays.copyOf(at, stems.size()));
    }

    private int id(String stem) {
        Integer known = ids.get(stem);
        if (known != null) {
            return known;
        }
        int id = ids.size();
        ids.put(stem, id);
        if (df.length <= id) {
            df = Arrays.copyOf(df, df.length * 2);
        }
        return id;
    }

    public int stemId(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    public double idf(int id) {
        return idf[id];
    }

    public int documentFrequency(int id) {
        return df[id];
    }

    /** Stem ids of the content words within a few words of [from, to) in the sentence (offsets in the article). */
    public int[] windowStems(Sentence s, int from, int to) {
        ArticleSentences article = byArticle.get(s.article());
        int k0 = position(article, s);
        int[] stems;
        int[] at;
        if (k0 >= 0) {
            stems = article.stems().get(k0);
            at = article.starts().get(k0);
        } else {
            Tokens unknown = known(tokens(s));
            stems = unknown.stems().stream().mapToInt(ids::get).toArray();
            at = unknown.starts();
        }
        int firstInside = 0;
        while (firstInside < at.length && s.start() + at[firstInside] < from) {
            firstInside++;
        }
        int[] out = new int[Math.min(firstInside, WINDOW) + WINDOW];
        int n = 0;
        for (int k = Math.max(0, firstInside - WINDOW); k < firstInside; k++) {
            out[n++] = stems[k];
        }
        for (int k = firstInside; k < at.length && n < out.length; k++) {
            if (s.start() + at[k] >= to) {
                out[n++] = stems[k];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Only the words right around the value: tells apart two values of one sentence. */
    public Vector localVector(int[] window) {
        VectorBuilder w = new VectorBuilder(window.length);
        for (int id : window) {
            w.add(id, idf[id]);
        }
        return w.normalised();
    }

    /** Context vector of a value at [from, to) of a sentence. */
    public Vector vector(Sentence s, int[] window) {
        int[] own = stemsOf(s);
        ArticleSentences article = byArticle.get(s.article());
        int[] previous = neighbour(article, s, s.index() - 1);
        int[] next = neighbour(article, s, s.index() + 1);
        VectorBuilder w = new VectorBuilder(own.length + window.length + previous.length + next.length);
        for (int id : own) {
            w.max(id, idf[id]);
        }
        for (int id : window) {
            w.add(id, idf[id]);
        }
        for (int[] near : new int[][] {previous, next}) {
            for (int id : near) {
                w.add(id, NEIGHBOUR_WEIGHT * idf[id]);
            }
        }
        return w.normalised();
    }

    /** The stems of sentence {@code k} of the article when it is in the paragraph of {@code s} or next to it. */
    private static int[] neighbour(ArticleSentences article, Sentence s, int k) {
        if (article == null || k < 0 || k >= article.sentences().size()) {
            return NONE;
        }
        Sentence near = article.sentences().get(k);
        return near.paragraph() >= s.paragraph() - 1 && near.paragraph() <= s.paragraph() + 1
                ? article.stems().get(k) : NONE;
    }

    private int[] stemsOf(Sentence s) {
        ArticleSentences article = byArticle.get(s.article());
        int k = position(article, s);
        return k < 0 ? NONE : article.stems().get(k);
    }

    /** Where {@code s} is in its article's list (its index, unless the caller built sentences of its own), or -1. */
    private static int position(ArticleSentences article, Sentence s) {
        if (article == null) {
            return -1;
        }
        int k = s.index();
        if (k >= 0 && k < article.sentences().size() && article.sentences().get(k).equals(s)) {
            return k;
        }
        for (int i = article.sentences().size() - 1; i >= 0; i--) {
            if (article.sentences().get(i).equals(s)) {
                return i;
            }
        }
        return -1;
    }

    /** Only the words of a sentence outside the model whose stems the model knows. */
    private Tokens known(Tokens t) {
        List<String> stems = new ArrayList<>();
        int[] at = new int[t.starts().length];
        for (int k = 0; k < at.length; k++) {
            if (ids.containsKey(t.stems().get(k))) {
                at[stems.size()] = t.starts()[k];
                stems.add(t.stems().get(k));
            }
        }
        return new Tokens(stems, Arrays.copyOf(at, stems.size()));
    }
}
