package app.reconcile.core.analysis;

/**
 * Disjoint sets over the indexes 0..n-1 as a parent array, shared by the engine's three groupings (articles
 * into events, values into facts, wordings of a quotation). The array stays with the caller, which also links
 * roots itself when a link has conditions of its own.
 */
public final class UnionFind {
    private UnionFind() {
    }

    /** Every index its own set. */
    public static int[] singletons(int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        return parent;
    }

    /** The root of {@code i}'s set, halving the path on the way. */
    public static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; {@code a}'s root stays the root. */
    public static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[rb] = ra;
        }
    }
}
