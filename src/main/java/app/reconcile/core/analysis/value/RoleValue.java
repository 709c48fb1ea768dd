package app.reconcile.core.analysis.value;

/**
 * A person's title as a role of a family of ranks ({@code knowledge/titles.tsv}): "CEO" and "chief executive"
 * are one role; "CEO" and "COO" two roles of one family, which one person does not hold at once, so they
 * conflict; "president" and "general manager" are of two families, often held together, so they are not
 * compared at all.
 */
public record RoleValue(String role, String family) implements FactValue {
    @Override
    public String canonical() {
        return "role:" + role;
    }

    @Override
    public Relation relate(FactValue other) {
        if (!(other instanceof RoleValue o) || !family.equals(o.family)) {
            return Relation.INCOMPARABLE;
        }
        return role.equals(o.role) ? Relation.SAME : Relation.CONFLICT;
    }
}
