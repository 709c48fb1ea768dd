package app.reconcile.core.analysis.evidence;

import java.util.Arrays;
import java.util.List;

/**
 * A sparse vector of content lemmas (ids ascending) with their weights, normalised to unit length once the
 * corpus weights are applied, so that a dot product is a cosine.
 */
record Clause(int[] ids, double[] weights, List<String> words) {
    static final Clause EMPTY = new Clause(new int[0], new double[0], List.of());

    double dot(Clause o) {
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

    /** The lemmas both clauses share, for the explanation. */
    List<String> shared(Clause o) {
        return words.stream().filter(o.words::contains).distinct().sorted().toList();
    }

    @Override
    public String toString() {
        return Arrays.toString(ids);
    }
}
