package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.reading.Tagged;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns clause lemmas into TF-IDF vectors. The inverse frequency is counted over the sentences that hold
 * values, with at least {@link #MIN_SENTENCES} assumed, so that a word of every sentence of a two-line brief
 * still carries some weight.
 */
final class ClauseVectors {
    static final int MIN_SENTENCES = 20;
    /** Lemmas are stemmed as well: the lemmatizer leaves proper nouns alone ("Somalis" / "Somali"). */
    private static final app.reconcile.core.analysis.text.LightStemmer STEMMER =
            new app.reconcile.core.analysis.text.LightStemmer();

    /** A closed compound counts as its last word when that word is this long ("earthquake" / "quake"). */
    static final int MIN_HEAD = 5;
    /** ... and what stands before it this long, so that an ending is not taken for a word ("seasonal"). */
    static final int MIN_MODIFIER = 3;

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    /** Each closed compound of the event's words to the word it ends with ("earthquake" -> "quake"). */
    private final Map<String, String> heads = new HashMap<>();
    private final double sentences;

    ClauseVectors(int sentenceCount, Collection<Tagged> tagged) {
        this.sentences = Math.max(MIN_SENTENCES, sentenceCount);
        for (Tagged t : tagged) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                String lemma = STEMMER.stem(ValueReader.clean(t.lemma(i)));
                if (t.isContent(i) && !lemma.isEmpty() && seen.add(lemma)) {
                    df.merge(lemma, 1, Integer::sum);
                }
            }
        }
        foldCompounds();
    }

    /**
     * Writers vary between a closed compound and its head ("the 7.7 magnitude quake" / "the first earthquake
     * measuring 7.6"): when both occur in the event, the compound is counted as its head, in the clause vectors
     * and in the word frequencies.
     */
    private void foldCompounds() {
        Set<String> words = new HashSet<>(df.keySet());
        for (String word : words) {
            for (int cut = MIN_MODIFIER; word.length() - cut >= MIN_HEAD; cut++) {
                String head = word.substring(cut);
                if (words.contains(head)) {
                    heads.put(word, head);
                    break;
                }
            }
        }
        heads.forEach((compound, head) -> df.merge(head, df.get(compound), Integer::sum));
    }

    synchronized Clause vector(Map<String, Double> clause) {
        if (clause.isEmpty()) {
            return Clause.EMPTY;
        }
        java.util.TreeMap<Integer, Double> byId = new java.util.TreeMap<>();
        Map<Integer, String> words = new HashMap<>();
        double norm = 0;
        Map<String, Double> folded = new java.util.LinkedHashMap<>();
        clause.forEach((word, weight) -> folded.merge(heads.getOrDefault(word, word), weight, Math::max));
        for (Map.Entry<String, Double> e : folded.entrySet()) {
            double idf = Math.log(sentences / Math.min(sentences, df.getOrDefault(e.getKey(), 1)));
            double w = e.getValue() * idf;
            if (w <= 0) {
                continue;
            }
            int id = ids.computeIfAbsent(e.getKey(), k -> ids.size());
            byId.put(id, w);
            words.put(id, e.getKey());
            norm += w * w;
        }
        if (byId.isEmpty()) {
            return Clause.EMPTY;
        }
        double length = Math.sqrt(norm);
        int[] idArray = new int[byId.size()];
        double[] weights = new double[byId.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : byId.entrySet()) {
            idArray[k] = e.getKey();
            weights[k++] = e.getValue() / length;
        }
        return new Clause(idArray, weights, List.copyOf(byId.keySet().stream().map(words::get).toList()));
    }
}
