package app.reconcile.core.analysis.value;

/** How two normalised values relate; the fact verdict is the worst relation among its mentions. */
public enum Relation {
    /** The same value, perhaps written differently. */
    SAME,
    /** Different precision or hedging, no contradiction ("2021" / "June 2021", "more than 4%" / "4.1%"). */
    COMPATIBLE,
    /** Both cannot be true. */
    CONFLICT,
    /** Different sorts of value (a currency against another, a weekday against a year): never one fact. */
    INCOMPARABLE
}
