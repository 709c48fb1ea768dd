package app.reconcile.core;

/** What sort of fact a group of mentions states; decides how values are normalised and compared. */
public enum FactKind {
    NUMBER, PERCENT, MONEY, DATE, TIME, DURATION, NAME, QUOTE,
    /** Where something lies from a place: a compass bearing ("east of Aden"). */
    DIRECTION,
    /** A person's title, compared within one ladder of ranks ("CEO" / "COO" of Larry Lucchino). */
    ROLE
}
