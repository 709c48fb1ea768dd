package app.reconcile.core;

/** Searches in ascending int arrays of offsets (sentence starts, quotation starts). */
public final class SortedInts {
    private SortedInts() {
    }

    /**
     * The index of the last value {@code <= at} in the ascending {@code sorted}, or -1. Unlike
     * {@link java.util.Arrays#binarySearch(int[], int)} it is defined when values repeat: the last of equals.
     */
    public static int lastAtOrBefore(int[] sorted, int at) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
