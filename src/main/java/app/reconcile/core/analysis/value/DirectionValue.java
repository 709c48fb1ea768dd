package app.reconcile.core.analysis.value;

/**
 * Where something lies from a place, as a point of the 16-point compass ("southwest of Cobb": SW). "North-east"
 * and "NE" are one bearing; "southwest" and "west" are two: a report that puts an epicentre or a ship on
 * another side of the same place disagrees, even by one point. A bearing compares with bearings only.
 */
public record DirectionValue(String point) implements FactValue {
    @Override
    public String canonical() {
        return "bearing:" + point;
    }

    @Override
    public Relation relate(FactValue other) {
        if (!(other instanceof DirectionValue o)) {
            return Relation.INCOMPARABLE;
        }
        return point.equals(o.point) ? Relation.SAME : Relation.CONFLICT;
    }
}
