package app.reconcile.core.analysis.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a span of days ("next week", "three weeks ago") relates to dates and to other spans. */
class DateSpanTest {
    /** The article's date, a Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2025, 8, 7);
    /** "next week": 11–17 August, not contradicted by 8–17 August. */
    private static final DateSpan NEXT_WEEK = DateSpan.isoWeek(THURSDAY.plusDays(7), THURSDAY.plusDays(1),
            THURSDAY.plusDays(7));
    /** "last week": 28 July – 3 August, not contradicted by 28 July – 6 August. */
    private static final DateSpan LAST_WEEK = DateSpan.isoWeek(THURSDAY.minusDays(7), THURSDAY.minusDays(7),
            THURSDAY.minusDays(1));
    private static final DateSpan THIS_WEEK = DateSpan.isoWeek(THURSDAY, THURSDAY.minusDays(7),
            THURSDAY.plusDays(7));

    @ParameterizedTest(name = "next week vs {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-12 | COMPATIBLE
            2025-08-08 | COMPATIBLE
            2025-08-17 | COMPATIBLE
            2025-08-25 | CONFLICT
            2025-08-07 | CONFLICT
            2025-08    | COMPATIBLE
            2025-10    | CONFLICT
            2025       | COMPATIBLE
            2024       | CONFLICT
            --08-12    | INCOMPARABLE
            """)
    void nextWeekAgainstDates(String date, Relation expected) {
        assertThat(NEXT_WEEK.relate(date(date))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "last week vs {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-28 | COMPATIBLE
            2025-08-03 | COMPATIBLE
            2025-08-06 | COMPATIBLE
            2025-07-31 | COMPATIBLE
            2025-07-20 | CONFLICT
            2025-07    | COMPATIBLE
            2025-06    | CONFLICT
            """)
    void lastWeekNeverContradictsADayOfThePastSevenDays(String date, Relation expected) {
        assertThat(LAST_WEEK.relate(date(date))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "~2025-07-17 (±5) vs {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-17 | COMPATIBLE
            2025-07-12 | COMPATIBLE
            2025-07-22 | COMPATIBLE
            2025-07-11 | CONFLICT
            2025-07-23 | CONFLICT
            """)
    void anApproximateDayToleratesItsSlack(String date, Relation expected) {
        DateSpan threeWeeksAgo = DateSpan.around(LocalDate.of(2025, 7, 17), 5);

        assertThat(threeWeeksAgo.relate(date(date))).isEqualTo(expected);
    }

    @Test
    void aWeekHoldsEveryWeekday() {
        assertThat(NEXT_WEEK.relate(DateValue.weekday(DayOfWeek.MONDAY))).isEqualTo(Relation.COMPATIBLE);
    }

    @Test
    void aSpanAgainstAWeekdayItCannotHoldConflicts() {
        DateSpan twoDays = new DateSpan(THURSDAY, THURSDAY.plusDays(1), THURSDAY, THURSDAY.plusDays(1));

        assertThat(twoDays.relate(DateValue.weekday(DayOfWeek.MONDAY))).isEqualTo(Relation.CONFLICT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-12
            2025-08-25
            2025-08
            2024
            --08-12
            """)
    void aDateRelatesToASpanAsTheSpanRelatesToIt(String date) {
        assertThat(date(date).relate(NEXT_WEEK)).isEqualTo(NEXT_WEEK.relate(date(date)));
    }

    @Test
    void spansWithTheSameStatedDaysAreTheSame() {
        DateSpan otherArticlesNextWeek = DateSpan.isoWeek(LocalDate.of(2025, 8, 13), LocalDate.of(2025, 8, 9),
                LocalDate.of(2025, 8, 15));

        assertThat(NEXT_WEEK.relate(otherArticlesNextWeek)).isEqualTo(Relation.SAME);
        assertThat(NEXT_WEEK.canonical()).isEqualTo(otherArticlesNextWeek.canonical());
    }

    @Test
    void overlappingSpansAreCompatible() {
        assertThat(NEXT_WEEK.relate(THIS_WEEK)).isEqualTo(Relation.COMPATIBLE);
        assertThat(THIS_WEEK.relate(LAST_WEEK)).isEqualTo(Relation.COMPATIBLE);
    }

    @Test
    void disjointSpansConflict() {
        assertThat(NEXT_WEEK.relate(LAST_WEEK)).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void aSpanIsNeverTheSameAsADate() {
        assertThat(DateSpan.around(THURSDAY, 3).relate(date("2025-08-07"))).isEqualTo(Relation.COMPATIBLE);
    }

    @Test
    void aSpanIsIncomparableWithAQuantity() {
        QuantityValue three = new QuantityValue("", 3, 3, 3, 3, false, "3");

        assertThat(NEXT_WEEK.relate(three)).isEqualTo(Relation.INCOMPARABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-11 | 2025-08-17 | 2025-W33
            2025-12-29 | 2026-01-04 | 2026-W01
            2025-08-11 | 2025-08-20 | 2025-08-11/2025-08-20
            2025-07-17 | 2025-07-17 | ~2025-07-17
            """)
    void theCanonicalValueIsAnIsoWeekAnApproximateDayOrAnInterval(LocalDate first, LocalDate last, String canonical) {
        assertThat(new DateSpan(first, last, first.minusDays(3), last.plusDays(3)).canonical()).isEqualTo(canonical);
    }

    @Test
    void aSpanMustHoldItsStatedDays() {
        assertThatThrownBy(() -> new DateSpan(THURSDAY, THURSDAY.minusDays(1), THURSDAY, THURSDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** "2025-08-12", "2025-08", "2025" or "--08-12" (no year). */
    private static DateValue date(String s) {
        if (s.startsWith("--")) {
            return DateValue.of(0, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(5)));
        }
        String[] p = s.split("-");
        return DateValue.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }
}
