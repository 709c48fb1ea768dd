package app.reconcile.core.analysis.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures stated in one unit are compared exactly; figures stated in two units within their rounding. */
class QuantityValueTest {
    // 1,200 metres (1,140-1,260 once rounded) and 1.25 km (1,187.5-1,312.5 once rounded)
    private final QuantityValue metres = new QuantityValue("m", 1200, 1200, 1200, 1200, false, "1200 m", "m", 1140, 1260);
    private final QuantityValue otherMetres = new QuantityValue("m", 1250, 1250, 1250, 1250, false, "1250 m", "m",
            1187.5, 1312.5);
    private final QuantityValue kilometres = new QuantityValue("m", 1250, 1250, 1250, 1250, false, "1250 m", "km",
            1187.5, 1312.5);

    @Test
    void twoFiguresInOneUnitConflictAsCountsDo() {
        assertThat(metres.relate(otherMetres)).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void twoFiguresInTwoUnitsMeetWithinTheirRounding() {
        assertThat(metres.relate(kilometres)).isEqualTo(Relation.COMPATIBLE);
        assertThat(kilometres.relate(metres)).isEqualTo(Relation.COMPATIBLE);
    }

    @Test
    void aFigureWithoutUnitKeepsItsExactInterval() {
        QuantityValue count = new QuantityValue("", 12, 12, 12, 12, false, "12");
        assertThat(count.unit()).isEmpty();
        assertThat(count.looseLow()).isEqualTo(12);
        assertThat(count.looseHigh()).isEqualTo(12);
        assertThat(count.relate(new QuantityValue("", 13, 13, 13, 13, false, "13"))).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void twoStatedRangesWithOtherEndsConflictEvenWhereTheyOverlap() {
        QuantityValue guidance = new QuantityValue("USD", 1.50, 1.60, 1.50, 1.60, false, "USD 1.5-1.6");
        QuantityValue other = new QuantityValue("USD", 1.55, 1.65, 1.55, 1.65, false, "USD 1.55-1.65");
        assertThat(guidance.relate(other)).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void aFigureInsideAStatedRangeIsCompatibleWithIt() {
        QuantityValue guidance = new QuantityValue("USD", 1.50, 1.60, 1.50, 1.60, false, "USD 1.5-1.6");
        QuantityValue figure = new QuantityValue("USD", 1.58, 1.58, 1.58, 1.58, false, "USD 1.58");
        assertThat(guidance.relate(figure)).isEqualTo(Relation.COMPATIBLE);
    }
}
