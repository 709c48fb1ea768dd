package app.reconcile.core.analysis.align;

import java.util.Arrays;

/**
 * Builds one sparse {@link ContextModel.Vector} from weighted stem ids without boxing: contributions are
 * recorded in order and folded per id when the vector is built. Each id's weight sees the same operations in
 * the same order as a map merge would apply them, and the norm sums the squares in ascending id order, so the
 * weights are bit for bit those of the {@code TreeMap<Integer, Double>} this replaced.
 */
final class VectorBuilder {
    private int[] ids;
    private double[] amounts;
    private boolean[] maximum;
    private int size;

    VectorBuilder(int expected) {
        ids = new int[Math.max(4, expected)];
        amounts = new double[ids.length];
        maximum = new boolean[ids.length];
    }

    /** Adds {@code amount} to the weight of {@code id}. */
    void add(int id, double amount) {
        record(id, amount, false);
    }

    /** Raises the weight of {@code id} to at least {@code amount}. */
    void max(int id, double amount) {
        record(id, amount, true);
    }

    private void record(int id, double amount, boolean isMax) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            amounts = Arrays.copyOf(amounts, size * 2);
            maximum = Arrays.copyOf(maximum, size * 2);
        }
        ids[size] = id;
        amounts[size] = amount;
        maximum[size++] = isMax;
    }

    /** The L2-normalised vector of the weights (all zero when every weight is zero). */
    ContextModel.Vector normalised() {
        int[] keys = distinctSorted();
        double[] weights = new double[keys.length];
        boolean[] seen = new boolean[keys.length];
        for (int i = 0; i < size; i++) {
            int k = Arrays.binarySearch(keys, ids[i]);
            if (!seen[k]) {
                seen[k] = true;
                weights[k] = amounts[i];
            } else {
                weights[k] = maximum[i] ? Math.max(weights[k], amounts[i]) : weights[k] + amounts[i];
            }
        }
        double[] squares = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            squares[k] = weights[k] * weights[k];
        }
        // a stream's sum (compensated), as before: the same bits for the same squares in the same order
        double norm = Math.sqrt(Arrays.stream(squares).sum());
        float[] out = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            out[k] = norm == 0 ? 0f : (float) (weights[k] / norm);
        }
        return new ContextModel.Vector(keys, out);
    }

    private int[] distinctSorted() {
        int[] sorted = Arrays.copyOf(ids, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[n - 1] != sorted[i]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
