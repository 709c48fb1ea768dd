package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.Calendar;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredPattern.Before;
import app.reconcile.core.analysis.value.DateValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month named without day or year after a word that makes it a time ("in July", "since March", "by
 * December", "early June", "mid-April"). Its year is the article's when the month is not later than the
 * article's month; a later month may be last year's or a coming one, so its year stays unknown. Only full
 * month names are read, and only after such a word: "May" alone is a verb, "June" a first name.
 */
final class BareMonths {
    private static final List<String> MONTHS = Calendar.monthNames();
    /** The words that make a month a time ({@code knowledge/month-leads.tsv}). */
    private static final List<String> LEADS = KnowledgeTable.load("month-leads", "phrase", "phrase").column("phrase");
    static final AnchoredPattern MONTH = AnchoredPattern.ignoringCase(Pattern.compile("(?<![\\p{L}])"
            + "(?:(?i:" + Alternation.of(LEADS) + ")\\s+|(?i:mid)-)"
            + "(?<month>" + Alternation.of(MONTHS) + ")"
            // not "July 14" or "July 2025" (read as dates already), nor "June Smith", "July's"
            + "(?![\\p{L}\\p{N}'’-]|\\.?,?\\s*\\d|\\s+\\p{Lu})"), firstLetters(), Before.NO_LETTER);

    /** Where a match can start: the first letter of a lead word, or the "m" of "mid-". */
    private static String firstLetters() {
        return LEADS.stream().map(l -> l.substring(0, 1).toLowerCase(java.util.Locale.ROOT)).distinct()
                .collect(java.util.stream.Collectors.joining()) + "m";
    }

    /** Months of the sentence, the span covering the month name only, as "August 6" covers no "on". */
    List<DateMatch> find(String sentence, LocalDate articleDate) {
        List<DateMatch> out = new ArrayList<>();
        AnchoredPattern.Scan scan = MONTH.scan(sentence);
        while (scan.find()) {
            Matcher m = scan.matcher();
            int month = MONTHS.indexOf(m.group("month")) + 1;
            int year = articleDate != null && month <= articleDate.getMonthValue() ? articleDate.getYear() : 0;
            out.add(new DateMatch(m.start("month"), m.end("month"), DateValue.of(year, month, 0)));
        }
        return out;
    }
}
