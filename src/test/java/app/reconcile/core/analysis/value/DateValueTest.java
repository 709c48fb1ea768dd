package app.reconcile.core.analysis.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The days a date covers, and how a resolved relative date ("last month", "yesterday") meets written dates. */
class DateValueTest {

    @ParameterizedTest(name = "{0}-{1}-{2}: {3} to {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2025 | 8 | 6 | 2025-08-06 | 2025-08-06
            2025 | 7 | 0 | 2025-07-01 | 2025-07-31
            2024 | 2 | 0 | 2024-02-01 | 2024-02-29
            2025 | 0 | 0 | 2025-01-01 | 2025-12-31
            """)
    void aDateCoversItsDays(int year, int month, int day, LocalDate first, LocalDate last) {
        DateValue d = DateValue.of(year, month, day);

        assertThat(d.firstDay()).isEqualTo(first);
        assertThat(d.lastDay()).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0}-{1}-{2} exists: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2025 |  2 | 28 | true
            2025 |  2 | 29 | false
            2024 |  2 | 29 | true
               0 |  2 | 29 | true
               0 |  2 | 30 | false
            2025 |  2 | 31 | false
            2025 |  4 | 31 | false
            2025 | 13 |  1 | false
            2025 |  0 |  5 | false
            2025 |  0 |  0 | true
            2025 | 12 |  0 | true
            2025 | 12 | 32 | false
            """)
    void onlyACalendarDateExists(int year, int month, int day, boolean exists) {
        assertThat(DateValue.of(year, month, day).exists()).isEqualTo(exists);
    }

    @Test
    void aDateWithoutYearCoversNoKnownDays() {
        assertThat(DateValue.of(0, 8, 6).firstDay()).isNull();
        assertThat(DateValue.weekday(DayOfWeek.MONDAY).lastDay()).isNull();
    }

    /** "last month" in an article of 7 August 2025 is read as July 2025. */
    @ParameterizedTest(name = "July 2025 vs {0}-{1}-{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2025 | 7 | 0  | SAME
            2025 | 7 | 14 | COMPATIBLE
            2025 | 6 | 30 | CONFLICT
            2025 | 0 | 0  | COMPATIBLE
            2024 | 7 | 0  | CONFLICT
            """)
    void lastMonthIsAMonth(int year, int month, int day, Relation expected) {
        assertThat(DateValue.of(2025, 7, 0).relate(DateValue.of(year, month, day))).isEqualTo(expected);
    }

    /** "yesterday" in an article of Thursday 7 August 2025 is 6 August. */
    @Test
    void yesterdayIsTheSameAsTheWeekdayResolvedToThatDay() {
        DateValue yesterday = DateValue.of(2025, 8, 6);

        assertThat(yesterday.relate(DateValue.of(2025, 8, 6))).isEqualTo(Relation.SAME);
        assertThat(yesterday.relate(DateValue.weekday(DayOfWeek.WEDNESDAY))).isEqualTo(Relation.COMPATIBLE);
        assertThat(yesterday.relate(DateValue.of(2025, 8, 5))).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void anUnresolvedDateMeetsNothing() {
        UnresolvedDate yesterday = new UnresolvedDate("yesterday");

        assertThat(yesterday.relate(new UnresolvedDate("yesterday"))).isEqualTo(Relation.INCOMPARABLE);
        assertThat(DateValue.of(2025, 8, 6).relate(yesterday)).isEqualTo(Relation.INCOMPARABLE);
        assertThat(yesterday.canonical()).isEqualTo("yesterday");
    }
}
