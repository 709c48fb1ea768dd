package app.reconcile.ui.viewer;

/** One highlight: the half-open range {@code [start, end)} of an article text gets {@code styleClass}. */
public record StyledRange(int start, int end, String styleClass) {
    public StyledRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
