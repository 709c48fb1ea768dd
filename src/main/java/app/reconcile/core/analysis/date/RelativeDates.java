package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.Calendar;
import app.reconcile.core.analysis.value.DateSpan;
import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredPattern.Before;
import app.reconcile.core.analysis.value.DateValue;
import app.reconcile.core.analysis.value.FactValue;
import app.reconcile.core.analysis.value.UnresolvedDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates told relative to the day of writing: "yesterday", "last night", "tomorrow", "last week", "earlier this
 * month", "next year", "last Monday", "next Friday", "three days ago", "a week ago". They are resolved against
 * the article's own date; without one, or inside a quotation (said on another day, perhaps), they become an
 * {@link UnresolvedDate}, which never meets another value.
 *
 * <p>A day ("yesterday", "two days ago") and a month or a year ("last month") are plain {@link DateValue}s, so
 * "last month" in August 2025 is the same as "July 2025". A week, and "N weeks/months/years ago", are
 * {@link DateSpan}s whose loose stretch keeps them from contradicting what a reporter might have meant:
 * "last week" is also read as "in the past seven days", "three weeks ago" as give or take a quarter.
 */
final class RelativeDates {
    private static final String WEEKDAYS = Alternation.of(Calendar.weekdayNames());
    static final AnchoredPattern RELATIVE = AnchoredPattern.ignoringCase(Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:"
            + "(?<day>(?i:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|tomorrow"
            + "|today|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening)))"
            + "|(?<period>(?i:(?:(?:earlier|later)\\s+)?this|last|next)\\s+(?<unit>(?i:week|month|year)))"
            + "|(?<weekday>(?i:last|next)\\s+(?<name>" + WEEKDAYS + "))"
            + "|(?<ago>(?<agoUnit>(?i:day|week|month|year))s?\\s+(?i:ago))"
            + ")(?![\\p{L}\\p{N}-])"), "tyelndwm", Before.NO_LETTER_OR_DIGIT);
    /** Words before "last year" etc. that make it a length of time ("over the last year", "the next week"). */
    private static final Set<String> DURATION_BEFORE = Set.of("the", "past", "coming", "every", "each", "per", "a");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    private final CountBefore counts;

    RelativeDates(CountBefore counts) {
        this.counts = counts;
    }

    /** The relative dates of a sentence, resolved against {@code articleDate} (may be null). */
    List<DateMatch> find(String sentence, LocalDate articleDate) {
        List<DateMatch> out = new ArrayList<>();
        AnchoredPattern.Scan scan = RELATIVE.scan(sentence);
        while (scan.find()) {
            Matcher m = scan.matcher();
            int start = m.start();
            int count = 0;
            if (m.group("ago") != null) {
                CountBefore.Count c = counts.find(sentence, m.start());
                if (c == null) {
                    continue;
                }
                start = c.start();
                count = c.value();
            }
            if (!startsAsADate(sentence, start) || (m.group("period") != null || m.group("weekday") != null)
                    && isDuration(sentence.substring(0, start))) {
                continue;
            }
            String phrase = sentence.substring(start, m.end());
            FactValue v = articleDate == null || quoted(sentence, start) ? unresolved(m, phrase)
                    : resolve(m, count, articleDate);
            out.add(new DateMatch(start, m.end(), v));
        }
        return out;
    }

    private static FactValue unresolved(Matcher m, String phrase) {
        if (m.group("weekday") != null) {
            return DateValue.weekday(weekday(m.group("name")));
        }
        return new UnresolvedDate(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static FactValue resolve(Matcher m, int count, LocalDate date) {
        if (m.group("day") != null) {
            return day(date.plusDays(dayOffset(m.group("day").toLowerCase(Locale.ROOT))));
        }
        if (m.group("period") != null) {
            return period(m.group("period").toLowerCase(Locale.ROOT), m.group("unit").toLowerCase(Locale.ROOT), date);
        }
        if (m.group("weekday") != null) {
            return weekday(m.group("weekday").toLowerCase(Locale.ROOT).startsWith("last"),
                    weekday(m.group("name")), date);
        }
        return ago(count, m.group("agoUnit").toLowerCase(Locale.ROOT), date);
    }

    private static int dayOffset(String phrase) {
        int sign = phrase.contains("yesterday") || phrase.contains("last") ? -1 : phrase.contains("tomorrow") ? 1 : 0;
        return phrase.startsWith("the") ? 2 * sign : sign;
    }

    /** "last month" in August 2025 is July 2025; "earlier this year" is 2025; "next week" an ISO week. */
    private static FactValue period(String phrase, String unit, LocalDate date) {
        int step = phrase.startsWith("last") ? -1 : phrase.startsWith("next") ? 1 : 0;
        return switch (unit) {
            case "year" -> DateValue.of(date.getYear() + step, 0, 0);
            case "month" -> {
                LocalDate d = date.plusMonths(step);
                yield DateValue.of(d.getYear(), d.getMonthValue(), 0);
            }
            default -> week(phrase, step, date);
        };
    }

    /**
     * An ISO week, loosened by the seven days on the side the phrase points to: news writes "last week" for
     * "in the past seven days" as often as for the previous calendar week.
     */
    private static DateSpan week(String phrase, int step, LocalDate date) {
        if (step != 0) {
            LocalDate near = date.plusDays(step);
            LocalDate far = date.plusDays(7L * step);
            return DateSpan.isoWeek(far, step < 0 ? far : near, step < 0 ? near : far);
        }
        LocalDate from = phrase.startsWith("later") ? date : date.minusDays(7);
        LocalDate to = phrase.startsWith("earlier") ? date : date.plusDays(7);
        return DateSpan.isoWeek(date, from, to);
    }

    /**
     * "last Monday" is the latest Monday before the article, "next Friday" the first Friday after it, unless
     * that day lies in the article's own week: then writers differ on which of two Mondays they mean, and
     * only the weekday is kept.
     */
    private static DateValue weekday(boolean last, DayOfWeek wd, LocalDate date) {
        LocalDate d = last ? date.minusDays(1).with(TemporalAdjusters.previousOrSame(wd))
                : date.plusDays(1).with(TemporalAdjusters.nextOrSame(wd));
        boolean sameWeek = d.with(DayOfWeek.MONDAY).equals(date.with(DayOfWeek.MONDAY));
        return sameWeek ? DateValue.weekday(wd) : day(d);
    }

    /**
     * "three days ago" is a day; weeks, months and years ago are hedged like "about" (a quarter either side,
     * at least half a unit): "a year ago" may well be fourteen months.
     */
    private static FactValue ago(int n, String unit, LocalDate date) {
        return switch (unit) {
            case "day" -> day(date.minusDays(n));
            case "week" -> DateSpan.around(date.minusWeeks(n), Math.max(3, Math.round(0.25f * 7 * n)));
            case "month" -> DateSpan.around(date.minusMonths(n), Math.max(15, Math.round(0.25f * 30.4f * n)));
            default -> DateSpan.around(date.minusYears(n), Math.max(182, Math.round(0.25f * 365.25f * n)));
        };
    }

    /**
     * A capitalised expression inside a sentence is a name ("the BBC's Today programme", "Last Night of the
     * Proms"), not a date.
     */
    private static boolean startsAsADate(String sentence, int start) {
        if (!Character.isUpperCase(sentence.charAt(start))) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i < 0 || !Character.isLetterOrDigit(sentence.charAt(i)) && sentence.charAt(i) != ',';
    }

    /**
     * Whether {@code at} lies inside a quotation. Quoted speech is relative to the day the words were said
     * ("“We have a meeting with Russia tomorrow,” Trump told reporters on Tuesday"), not to the article's date.
     * A quotation opened in an earlier sentence is seen by its closing mark.
     */
    static boolean quoted(String sentence, int at) {
        boolean open = false;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        if (open) {
            return true;
        }
        for (int i = at; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '”') {
                return c == '”';
            }
        }
        return false;
    }

    private static boolean isDuration(String before) {
        Matcher w = WORD_BEFORE.matcher(before);
        return w.find() && DURATION_BEFORE.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    private static DateValue day(LocalDate d) {
        return DateValue.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
