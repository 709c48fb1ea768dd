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

    @Test
    void twoRoundFiguresConflictWhenNeitherIsARoundingOfTheOther() {
        // "About 800 people" (680-920) / "a population of approximately 1,000" (850-1,150): the leeways meet at
        // 900, but each figure lies outside what rounding the other allows
        QuantityValue about800 = new QuantityValue("", 800, 800, 680, 920, false, "~800");
        QuantityValue about1000 = new QuantityValue("", 1000, 1000, 850, 1150, false, "~1000");
        assertThat(about800.relate(about1000)).isEqualTo(Relation.CONFLICT);
        assertThat(about1000.relate(about800)).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void twoRoundFiguresWithinEachOthersRoundingAgreeAsCompatible() {
        // "about 300" (255-345) / "about 312" (265-359)
        QuantityValue about300 = new QuantityValue("", 300, 300, 255, 345, false, "~300");
        QuantityValue about312 = new QuantityValue("", 312, 312, 265, 359, false, "~312");
        assertThat(about300.relate(about312)).isEqualTo(Relation.COMPATIBLE);
        // an exact figure inside a hedged one's leeway stays compatible, as before
        assertThat(about300.relate(new QuantityValue("", 330, 330, 330, 330, false, "330")))
                .isEqualTo(Relation.COMPATIBLE);
    }

    @Test
    void twoUpperBoundsWithDifferentFiguresConflictAsTwoLowerBoundsDo() {
        // "Up to 80 percent of Internet services" / "up to 70 per cent of web services": two maxima reported
        QuantityValue upTo80 = new QuantityValue("%", 80, 80, Double.NEGATIVE_INFINITY, 80, false, "<=80 %");
        QuantityValue upTo70 = new QuantityValue("%", 70, 70, Double.NEGATIVE_INFINITY, 70, false, "<=70 %");
        assertThat(upTo80.relate(upTo70)).isEqualTo(Relation.CONFLICT);
        // a figure under a maximum stays compatible with it
        assertThat(upTo80.relate(new QuantityValue("%", 75, 75, 75, 75, false, "75 %"))).isEqualTo(Relation.COMPATIBLE);
    }
}
