package app.reconcile.core.analysis.value;

/**
 * A relative date ("yesterday", "last month") in an article whose date is unknown. It stands for a day the
 * engine cannot name, so it relates to nothing, not even to another unresolved "yesterday" (two undated
 * articles may have been written on different days): it never joins a fact and never raises a conflict.
 * It is still read, so that its words are not read again as something else ("three days ago" is no
 * duration).
 *
 * @param phrase the expression as written, in lower case ("three days ago")
 */
public record UnresolvedDate(String phrase) implements FactValue {

    @Override
    public String canonical() {
        return phrase;
    }

    @Override
    public Relation relate(FactValue other) {
        return Relation.INCOMPARABLE;
    }
}
