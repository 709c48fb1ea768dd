package app.reconcile.core.analysis.value;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A calendar date known to some precision: a year, a month of a year, a day of a month with or without year,
 * or only a weekday. Two dates conflict only when a field both know differs. Against a {@link DateSpan} ("next
 * week") the span decides.
 *
 * @param year    0 when unknown
 * @param month   0 when unknown
 * @param day     0 when unknown
 * @param weekday null when unknown (derived from a full date when there is one)
 */
public record DateValue(int year, int month, int day, DayOfWeek weekday) implements FactValue {

    public static DateValue of(int year, int month, int day) {
        DayOfWeek wd = null;
        if (year > 0 && month > 0 && day > 0) {
            try {
                wd = LocalDate.of(year, month, day).getDayOfWeek();
            } catch (DateTimeException e) {
                wd = null;
            }
        }
        return new DateValue(year, month, day, wd);
    }

    /**
     * Whether a calendar has this date: a month from 1 to 12 and a day that month has, 29 February only in
     * a leap year (or when the year is unknown). Unknown fields (0) are fine, a day without a month is not.
     */
    public boolean exists() {
        if (year < 0 || month < 0 || month > 12 || day < 0 || (month == 0 && day > 0)) {
            return false;
        }
        if (day == 0) {
            return true;
        }
        int longest = year > 0 ? YearMonth.of(year, month).lengthOfMonth() : Month.of(month).maxLength();
        return day <= longest;
    }

    public static DateValue weekday(DayOfWeek weekday) {
        return new DateValue(0, 0, 0, weekday);
    }

    @Override
    public String canonical() {
        if (year == 0 && month == 0) {
            return weekday == null ? "" : weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        }
        StringBuilder b = new StringBuilder(year > 0 ? Integer.toString(year) : "-");
        if (month > 0) {
            b.append(month < 10 ? "-0" : "-").append(month);
            if (day > 0) {
                b.append(day < 10 ? "-0" : "-").append(day);
            }
        }
        return b.toString();
    }

    /** The first day this value covers (1 January for a year), or null when its year is unknown. */
    public LocalDate firstDay() {
        if (year == 0) {
            return null;
        }
        try {
            return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last day this value covers (31 December for a year), or null when its year is unknown. */
    public LocalDate lastDay() {
        LocalDate start = firstDay();
        if (start == null || day > 0) {
            return start;
        }
        return month > 0 ? start.plusMonths(1).minusDays(1) : start.plusYears(1).minusDays(1);
    }

    @Override
    public Relation relate(FactValue other) {
        if (other instanceof DateSpan span) {
            return span.relate(this);
        }
        if (!(other instanceof DateValue o)) {
            return Relation.INCOMPARABLE;
        }
        List<int[]> shared = new ArrayList<>();
        if (year > 0 && o.year > 0) {
            shared.add(new int[] {year, o.year});
        }
        if (month > 0 && o.month > 0) {
            shared.add(new int[] {month, o.month});
            if (day > 0 && o.day > 0) {
                shared.add(new int[] {day, o.day});
            }
        }
        if (weekday != null && o.weekday != null) {
            shared.add(new int[] {weekday.getValue(), o.weekday.getValue()});
        }
        if (shared.isEmpty()) {
            return Relation.INCOMPARABLE;
        }
        for (int[] pair : shared) {
            if (pair[0] != pair[1]) {
                return Relation.CONFLICT;
            }
        }
        return equals(o) ? Relation.SAME : Relation.COMPATIBLE;
    }
}
