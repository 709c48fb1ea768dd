package app.reconcile.ui.viewer;

/** How the article panes share the width. */
public enum PaneLayout {
    /** All side by side while each pane keeps its minimum width, else focus. */
    AUTOMATIC("Automatic"),
    /** All side by side; beyond the minimum width the row scrolls sideways. */
    SIDE_BY_SIDE("All articles side by side"),
    /** The selected fact's two or three articles side by side, a strip of the others. */
    FOCUS("Focus on the selected fact");

    private final String label;

    PaneLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The layout named {@code name}, or {@link #AUTOMATIC} for anything unknown. */
    public static PaneLayout parse(String name) {
        for (PaneLayout l : values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return AUTOMATIC;
    }
}
