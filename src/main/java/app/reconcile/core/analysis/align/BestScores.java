package app.reconcile.core.analysis.align;

import java.util.Arrays;

/**
 * The best score seen per (candidate, other article), kept in an open-addressing table of primitives: the
 * aligner fills it from millions of edges on large corpora, where boxed maps dominated the run time.
 */
final class BestScores {
    private static final long EMPTY = -1L;

    private long[] keys;
    private double[] scores;
    private int size;

    BestScores(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        scores = new double[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** Records {@code score} for {@code key} unless a score is already there (edges arrive best first). */
    void putIfAbsent(long key, double score) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            scores[i] = score;
            size++;
        }
    }

    double get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? Double.NEGATIVE_INFINITY : scores[i];
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        return k ^ (k >>> 33);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldScores = scores;
        keys = new long[oldKeys.length * 2];
        scores = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldScores[i]);
            }
        }
    }
}
