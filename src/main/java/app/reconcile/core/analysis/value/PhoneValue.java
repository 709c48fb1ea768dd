package app.reconcile.core.analysis.value;

/**
 * A telephone number, as its digits: "0800 555 111" and "0800 555111" are one number, "0845 125 222" and
 * "0845 125 2222" two. A phone number compares with phone numbers only.
 */
public record PhoneValue(String digits) implements FactValue {
    @Override
    public String canonical() {
        return "tel:" + digits;
    }

    @Override
    public Relation relate(FactValue other) {
        if (!(other instanceof PhoneValue o)) {
            return Relation.INCOMPARABLE;
        }
        return digits.equals(o.digits) ? Relation.SAME : Relation.CONFLICT;
    }
}
