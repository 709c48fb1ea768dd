package app.reconcile.core.analysis.value;

/** A normalised value of a mention that can be compared with another value of the same kind. */
public interface FactValue {
    /** The string stored in {@code Mention.value}: equal values give equal strings. */
    String canonical();

    Relation relate(FactValue other);
}
