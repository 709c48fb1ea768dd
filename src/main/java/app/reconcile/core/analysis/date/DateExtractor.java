package app.reconcile.core.analysis.date;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.Calendar;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.quantity.Qualifier;
import app.reconcile.core.analysis.quantity.QuantityValues;
import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredPattern.Before;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.Words;
import app.reconcile.core.analysis.value.DateValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and clock times: "August 6", "6 August", "Aug. 6", "June 2021", "2021", "2025-08-07", weekdays
 * (resolved to the nearest such day around the article's own date, when the article gives one), "2:40 p.m.",
 * months after a preposition ("in July", {@link BareMonths}) and dates relative to the article's date
 * ("yesterday", "last month", "three days ago", {@link RelativeDates}).
 */
public final class DateExtractor {
    /** A month's name, or its abbreviation with or without a full stop ("Aug.", "Sept"), as written. */
    private static final String MONTH = "(?<month>" + Alternation.of(Calendar.monthNames()) + "|"
            + Calendar.monthAbbreviations().stream().map(a -> Alternation.literal(a) + "\\.?")
                    .collect(java.util.stream.Collectors.joining("|")) + ")";
    private static final String WEEKDAY = Alternation.of(Calendar.weekdayNames());
    private static final String DIGIT_CHARS = "0123456789";
    /** Where a month or a weekday can start: the first letters of their names. */
    private static final String CALENDAR_CHARS = java.util.stream.Stream.concat(Calendar.monthNames().stream(),
            Calendar.weekdayNames().stream()).map(n -> n.substring(0, 1)).distinct().collect(
            java.util.stream.Collectors.joining());
    static final AnchoredPattern DATE = AnchoredPattern.of(Pattern.compile(
            "\\b(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b"
                    + "|\\b" + MONTH + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?"
                    + "|\\b(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+" + MONTH.replace("month", "month2")
                    + "(?![\\p{L}])(?:,?\\s+(?<year2>(?:19|20)\\d\\d)\\b)?"
                    + "|\\b" + MONTH.replace("month", "month3") + "\\s+(?<year3>(?:19|20)\\d\\d)\\b"
                    + "|(?<![\\p{L}\\p{N}$£€.,])(?<year4>(?:19|20)\\d\\d)(?![\\p{N}%]|\\s?percent)"
                    + "|\\b(?<weekday>" + WEEKDAY + ")\\b"),
            DIGIT_CHARS + CALENDAR_CHARS, Before.NO_LETTER_OR_DIGIT);
    /** What a 24-hour clock time is told with ({@code knowledge/time-zones.tsv}): local time, or a named zone. */
    private static final KnowledgeTable ZONES = KnowledgeTable.load("time-zones", "spelling zone", "spelling");
    private static final java.util.Map<String, String> ZONE_OF = ZONES.map("spelling", "zone");
    private static final String LOCAL = "local";
    static final AnchoredPattern MAYBE_DATE = AnchoredPattern.of(Pattern.compile("\\d|day\\b"),
            DIGIT_CHARS + "d", Before.ANYTHING);
    static final AnchoredPattern TIME = AnchoredPattern.of(Pattern.compile(
            "\\b(?<h>[01]?\\d)(?:[:.](?<m>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.|[ap]m\\b)", Pattern.CASE_INSENSITIVE),
            DIGIT_CHARS, Before.NO_LETTER_OR_DIGIT);
    /**
     * A 24-hour clock time, read only with a word that says it is one ("11:42 local time", "09:42 GMT",
     * "14:30 hrs"): a bare "11:42" may be a score or a ratio. A time in a named zone is a different dimension
     * from local time, so "09:42 GMT" never contradicts "11:24 a.m.". After "at", "by", "until", ... a
     * time that only a 24-hour clock writes ("came at 23:40", "by 08:30") is a local time too; "at 10:40"
     * may be either half of the day and is not read.
     */
    static final AnchoredPattern TIME24 = AnchoredPattern.of(Pattern.compile(
            "\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)\\s*(?<zone>" + Alternation.of(ZONES.column("spelling")) + ")\\b"
                    + "|(?<=\\b(?:at|by|until|till|from|before|after|around)\\s)(?<h24>0\\d|1[3-9]|2[0-3]):(?<m24>[0-5]\\d)"
                    + "(?![\\p{N}:.,]\\d|\\s*[ap]\\.?m\\b)"),
            DIGIT_CHARS, Before.NO_LETTER_OR_DIGIT);

    /** A determiner right before a date used as an adjective: "a 2021 ruling", "the December 2020 judgment". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:a|an|the|its|his|her|their|this|that|last)\\s+$");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(\\p{Ll}{3,})\\b");

    private final LightStemmer stemmer = new LightStemmer();
    private final RelativeDates relativeDates;
    private final BareMonths bareMonths = new BareMonths();
    private final RecordSince records;

    public DateExtractor() {
        this(new NumberWords());
    }

    /** {@code numberWords} reads the count of "three days ago". */
    public DateExtractor(NumberWords numberWords) {
        this.relativeDates = new RelativeDates(new CountBefore(numberWords));
        this.records = new RecordSince(numberWords);
    }

    /** The date an article gives for itself ("date 2025-08-07" or a dateline), looked for near its top. */
    public Optional<LocalDate> articleDate(String text) {
        String head = text.substring(0, Math.min(400, text.length()));
        AnchoredPattern.Scan scan = DATE.scan(head);
        while (scan.find()) {
            Matcher m = scan.matcher();
            DateValue v = read(m, null);
            if (v != null && v.year() > 0 && v.month() > 0 && v.day() > 0) {
                try {
                    return Optional.of(LocalDate.of(v.year(), v.month(), v.day()));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The dates and times of a sentence. A relative expression or a bare month is read whole ("last Monday",
     * not also "Monday"); {@code articleDate} (may be null) resolves them, and gives the year of "August 6".
     */
    public List<Candidate> extract(Sentence sentence, LocalDate articleDate) {
        String s = sentence.text();
        List<DateMatch> phrases = new ArrayList<>(relativeDates.find(s, articleDate));
        bareMonths.find(s, articleDate).stream().filter(b -> phrases.stream().noneMatch(
                p -> p.overlaps(b.start(), b.end()))).forEach(phrases::add);
        List<Candidate> out = new ArrayList<>();
        for (DateMatch p : phrases) {
            out.add(new Candidate(sentence, sentence.start() + p.start(), sentence.start() + p.end(),
                    s.substring(p.start(), p.end()), FactKind.DATE, p.value(), "", List.of(), ""));
        }
        for (DateMatch r : records.find(s, articleDate)) {
            if (phrases.stream().noneMatch(p -> p.overlaps(r.start(), r.end()))) {
                phrases.add(r);
                out.add(new Candidate(sentence, sentence.start() + r.start(), sentence.start() + r.end(),
                        s.substring(r.start(), r.end()), FactKind.DATE, r.value(), RecordSince.THING, List.of(),
                        RecordSince.THING));
            }
        }
        if (!MAYBE_DATE.foundIn(s)) {
            return out;
        }
        AnchoredPattern.Scan dates = DATE.scan(s);
        while (dates.find()) {
            Matcher m = dates.matcher();
            int from = m.start();
            int to = m.end();
            DateValue v = phrases.stream().anyMatch(p -> p.overlaps(from, to)) ? null : read(m, articleDate);
            if (v != null) {
                String noun = m.group("year4") != null && s.startsWith("since ", Math.max(0, m.start() - 6))
                        && RecordSince.afterSuperlative(s, m.start()) ? RecordSince.THING : dated(s, m.start(), m.end());
                out.add(new Candidate(sentence, sentence.start() + m.start(), sentence.start() + m.end(), m.group(),
                        FactKind.DATE, v, noun.isEmpty() ? "" : stemmer.stem(noun), List.of(), noun));
            }
        }
        AnchoredPattern.Scan times = TIME.scan(s);
        while (times.find()) {
            Matcher t = times.matcher();
            int h = Integer.parseInt(t.group("h")) % 12;
            if (t.group("ampm").toLowerCase(Locale.ROOT).startsWith("p")) {
                h += 12;
            }
            int min = t.group("m") == null ? 0 : Integer.parseInt(t.group("m"));
            var base = QuantityValues.of("clock", h * 60 + min, h * 60 + min, Qualifier.EXACT, false);
            var v = new app.reconcile.core.analysis.value.QuantityValue("clock", base.amount(), base.amountHigh(),
                    base.low(), base.high(), false, String.format(Locale.ROOT, "%02d:%02d", h, min));
            out.add(new Candidate(sentence, sentence.start() + t.start(), sentence.start() + t.end(), t.group(),
                    FactKind.TIME, v, "", List.of(), ""));
        }
        AnchoredPattern.Scan clocks = TIME24.scan(s);
        while (clocks.find()) {
            Matcher z = clocks.matcher();
            if (z.group("h24") != null) {
                out.add(clock(sentence, z.start(), z.end() - z.start(), Integer.parseInt(z.group("h24")),
                        Integer.parseInt(z.group("m24")), "clock"));
                continue;
            }
            String zone = z.group("zone");
            boolean local = LOCAL.equals(ZONE_OF.get(zone.replaceAll("\\s+", " ")));
            out.add(clock(sentence, z.start(), z.group("h").length() + 1 + 2, Integer.parseInt(z.group("h")),
                    Integer.parseInt(z.group("m")), local ? "clock" : "clock " + zone));
        }
        return out;
    }

    /**
     * The noun a date qualifies when it is used as an adjective ("failing to comply with a December 2020
     * ruling" / "to implement a 2021 ruling"): the date of that thing, as a count has its counted thing.
     */
    private static String dated(String s, int from, int to) {
        if (!DETERMINER_BEFORE.matcher(s.substring(Math.max(0, from - 8), from)).find()) {
            return "";
        }
        Matcher n = NOUN_AFTER.matcher(s.substring(to));
        if (!n.find() || Words.isStop(n.group(1))) {
            return "";
        }
        return n.group(1);
    }

    /** A clock time of {@code length} chars at {@code start} in the sentence, in minutes of the day. */
    private static Candidate clock(Sentence sentence, int start, int length, int h, int min, String dimension) {
        var base = QuantityValues.of(dimension, h * 60 + min, h * 60 + min, Qualifier.EXACT, false);
        var v = new app.reconcile.core.analysis.value.QuantityValue(dimension, base.amount(), base.amountHigh(),
                base.low(), base.high(), false, String.format(Locale.ROOT, "%02d:%02d", h, min)
                + (dimension.equals("clock") ? "" : " " + dimension.substring(6)));
        return new Candidate(sentence, sentence.start() + start, sentence.start() + start + length,
                sentence.text().substring(start, start + length), FactKind.TIME, v, "", List.of(), "");
    }

    /**
     * The date a match states, or null when no calendar has it: "31 February 2025" or "2025-13-05" is a
     * typo or a trap, and a value such as 2025-02-31 would be compared, exported and decided on as if real.
     */
    private static DateValue read(Matcher m, LocalDate articleDate) {
        DateValue v = readFields(m, articleDate);
        return v != null && v.exists() ? v : null;
    }

    private static DateValue readFields(Matcher m, LocalDate articleDate) {
        int defaultYear = articleDate == null ? 0 : articleDate.getYear();
        if (m.group("iso") != null) {
            String[] p = m.group("iso").split("-");
            int month = Integer.parseInt(p[1]);
            int day = Integer.parseInt(p[2]);
            // 0 means "unknown" in a DateValue; in "2025-00-10" it is no month at all
            return month == 0 || day == 0 ? null : DateValue.of(Integer.parseInt(p[0]), month, day);
        }
        if (m.group("month") != null) {
            return dayOfMonth(month(m.group("month")), m.group("day"), m.group("year"), defaultYear);
        }
        if (m.group("month2") != null) {
            return dayOfMonth(month(m.group("month2")), m.group("day2"), m.group("year2"), defaultYear);
        }
        if (m.group("month3") != null) {
            return DateValue.of(Integer.parseInt(m.group("year3")), month(m.group("month3")), 0);
        }
        if (m.group("year4") != null) {
            return DateValue.of(Integer.parseInt(m.group("year4")), 0, 0);
        }
        DayOfWeek wd = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        if (articleDate == null) {
            return DateValue.weekday(wd);
        }
        int delta = wd.getValue() - articleDate.getDayOfWeek().getValue();
        if (delta > 3) {
            delta -= 7;
        } else if (delta < -3) {
            delta += 7;
        }
        LocalDate d = articleDate.plusDays(delta);
        return DateValue.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static DateValue dayOfMonth(int month, String day, String year, int defaultYear) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        int y = year == null ? defaultYear : Integer.parseInt(year);
        return DateValue.of(y, month, d);
    }

    private static int month(String name) {
        return Calendar.month(name);
    }
}
