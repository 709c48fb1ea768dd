package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Meaning-bearing context of a value: the stems of its sentence weighted by rarity across the corpus
 * (inverse sentence frequency), words near the value counted twice, neighbouring sentences at a third.
 * Vectors are sparse and L2-normalised so that a dot product is a cosine.
 */
public final class ContextModel {
    private static final int WINDOW = 6;
    private static final double NEIGHBOUR_WEIGHT = 0.35;

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

    /** Verbs of one event frame ("killed", "died") count as one shared word. */
    private final EventFrames frames;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Integer> df = new ArrayList<>();
    private final Map<Sentence, List<Integer>> stemsBySentence = new HashMap<>();
    private final Map<Integer, List<Sentence>> sentencesByArticle = new HashMap<>();
    private int sentenceCount;

    public ContextModel(LightStemmer stemmer, List<Sentence> sentences) {
        this.frames = new EventFrames(stemmer);
        for (Sentence s : sentences) {
            List<Integer> stems = new ArrayList<>();
            Matcher m = Words.WORD.matcher(s.text());
            while (m.find()) {
                String w = Words.normalise(m.group());
                if (w.length() > 1 && !Words.isStop(w) && !Words.isNumeric(w)) {
                    stems.add(id(frames.stemOrFrame(w)));
                }
            }
            stemsBySentence.put(s, stems);
            stems.stream().distinct().forEach(id -> df.set(id, df.get(id) + 1));
            sentencesByArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
        }
        sentenceCount = Math.max(1, sentences.size());
    }

    private int id(String stem) {
        return ids.computeIfAbsent(stem, k -> {
            df.add(0);
            return df.size() - 1;
        });
    }

    public int stemId(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    public double idf(int id) {
        return Math.log((double) sentenceCount / Math.max(1, df.get(id)));
    }

    public int documentFrequency(int id) {
        return df.get(id);
    }

    /** Stem ids of the content words within a few words of [from, to) in the sentence (offsets in the article). */
    public List<Integer> windowStems(Sentence s, int from, int to) {
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        Matcher m = Words.WORD.matcher(s.text());
        while (m.find()) {
            int a = s.start() + m.start();
            String w = Words.normalise(m.group());
            if (w.length() < 2 || Words.isStop(w) || Words.isNumeric(w) || (a >= from && a < to)) {
                continue;
            }
            Integer id = ids.get(frames.stemOrFrame(w));
            if (id == null) {
                continue;
            }
            if (a < from) {
                before.add(id);
            } else if (after.size() < WINDOW) {
                after.add(id);
            }
        }
        List<Integer> out = new ArrayList<>(before.subList(Math.max(0, before.size() - WINDOW), before.size()));
        out.addAll(after);
        return out;
    }

    /** Only the words right around the value: tells apart two values of one sentence. */
    public Vector localVector(List<Integer> window) {
        TreeMap<Integer, Double> w = new TreeMap<>();
        for (int id : window) {
            w.merge(id, idf(id), Double::sum);
        }
        return normalised(w);
    }

    /** Context vector of a value at [from, to) of a sentence. */
    public Vector vector(Sentence s, List<Integer> window) {
        TreeMap<Integer, Double> w = new TreeMap<>();
        for (int id : stemsBySentence.getOrDefault(s, List.of())) {
            w.merge(id, idf(id), Math::max);
        }
        for (int id : window) {
            w.merge(id, idf(id), Double::sum);
        }
        List<Sentence> article = sentencesByArticle.getOrDefault(s.article(), List.of());
        for (int k = s.index() - 1; k <= s.index() + 1; k += 2) {
            if (k >= 0 && k < article.size() && article.get(k).paragraph() >= s.paragraph() - 1
                    && article.get(k).paragraph() <= s.paragraph() + 1) {
                for (int id : stemsBySentence.getOrDefault(article.get(k), List.of())) {
                    w.merge(id, NEIGHBOUR_WEIGHT * idf(id), Double::sum);
                }
            }
        }
        return normalised(w);
    }

    private static Vector normalised(TreeMap<Integer, Double> w) {
        double norm = Math.sqrt(w.values().stream().mapToDouble(x -> x * x).sum());
        int[] idArr = new int[w.size()];
        float[] wArr = new float[w.size()];
        int i = 0;
        for (var e : w.entrySet()) {
            idArr[i] = e.getKey();
            wArr[i++] = norm == 0 ? 0f : (float) (e.getValue() / norm);
        }
        return new Vector(idArr, wArr);
    }
}
