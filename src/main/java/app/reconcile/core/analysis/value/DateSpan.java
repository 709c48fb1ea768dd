package app.reconcile.core.analysis.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A stretch of days that a relative expression places an event in, with the looser stretch it may still mean:
 * "next week" in an article of Thursday 7 August 2025 is the ISO week 11–17 August, but reporters also say
 * "next week" for "within the coming seven days", so only a day outside 8–17 August contradicts it; "three
 * weeks ago" is about 17 July, give or take five days.
 *
 * <p>A span is never the same as a {@link DateValue} (it is vaguer); it is compatible with a date whose days
 * meet its loose stretch and contradicts one whose days all lie outside it. A date without a year is not
 * compared (incomparable): the span cannot say which year it would have to be.
 *
 * @param first      first day of the stated stretch (for an approximate day: that day)
 * @param last       last day of the stated stretch, not before {@code first}
 * @param looseFirst first day that does not contradict the expression, not after {@code first}
 * @param looseLast  last day that does not contradict the expression, not before {@code last}
 */
public record DateSpan(LocalDate first, LocalDate last, LocalDate looseFirst, LocalDate looseLast)
        implements FactValue {

    public DateSpan {
        if (last.isBefore(first) || looseFirst.isAfter(first) || looseLast.isBefore(last)) {
            throw new IllegalArgumentException("A date span must hold its stated days: " + looseFirst + " <= "
                    + first + " <= " + last + " <= " + looseLast);
        }
    }

    /** About {@code day}, give or take {@code slackDays} ("three weeks ago"). */
    public static DateSpan around(LocalDate day, int slackDays) {
        return new DateSpan(day, day, day.minusDays(slackDays), day.plusDays(slackDays));
    }

    /**
     * The ISO week (Monday to Sunday) holding {@code day}, loosened to also cover {@code looseFirst} to
     * {@code looseLast} (the seven days before or after the article for "last week" / "next week").
     */
    public static DateSpan isoWeek(LocalDate day, LocalDate looseFirst, LocalDate looseLast) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        return new DateSpan(monday, sunday, min(monday, looseFirst), max(sunday, looseLast));
    }

    /**
     * {@code 2025-W33} for an ISO week, {@code ~2025-07-17} for an approximate day, {@code 2025-08-11/2025-08-20}
     * (ISO 8601 interval) otherwise. The loose stretch is not part of it: two spans with the same stated days
     * are the same value.
     */
    @Override
    public String canonical() {
        if (first.equals(last)) {
            return "~" + first;
        }
        if (first.getDayOfWeek() == DayOfWeek.MONDAY && last.equals(first.plusDays(6))) {
            // by hand: String.format is among the costliest calls of a whole analysis, and this runs per comparison
            int week = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return first.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
        }
        return first + "/" + last;
    }

    @Override
    public Relation relate(FactValue other) {
        if (other instanceof DateSpan o) {
            if (first.equals(o.first) && last.equals(o.last)) {
                return Relation.SAME;
            }
            return meets(o.looseFirst, o.looseLast) ? Relation.COMPATIBLE : Relation.CONFLICT;
        }
        if (other instanceof DateValue d) {
            return relateToDate(d);
        }
        return Relation.INCOMPARABLE;
    }

    private Relation relateToDate(DateValue d) {
        if (d.year() == 0) {
            return d.month() == 0 && d.weekday() != null ? relateToWeekday(d.weekday()) : Relation.INCOMPARABLE;
        }
        LocalDate from = d.firstDay();
        LocalDate to = d.lastDay();
        if (from == null || to == null) {
            return Relation.INCOMPARABLE;
        }
        return meets(from, to) ? Relation.COMPATIBLE : Relation.CONFLICT;
    }

    /** A bare weekday ("Monday", or an ambiguous "last Monday") fits when the loose stretch holds such a day. */
    private Relation relateToWeekday(DayOfWeek weekday) {
        for (LocalDate d = looseFirst; !d.isAfter(looseLast); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == weekday) {
                return Relation.COMPATIBLE;
            }
        }
        return Relation.CONFLICT;
    }

    /** Whether the days {@code from}–{@code to} meet the loose stretch. */
    private boolean meets(LocalDate from, LocalDate to) {
        return !from.isAfter(looseLast) && !to.isBefore(looseFirst);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
