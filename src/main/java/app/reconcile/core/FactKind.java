package app.reconcile.core;

/** What sort of fact a group of mentions states; decides how values are normalised and compared. */
public enum FactKind {
    NUMBER, PERCENT, MONEY, DATE, TIME, DURATION, NAME, QUOTE
}
