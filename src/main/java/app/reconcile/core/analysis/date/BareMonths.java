package app.reconcile.core.analysis.date;

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
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    static final AnchoredPattern MONTH = AnchoredPattern.ignoringCase(Pattern.compile("(?<![\\p{L}])"
            + "(?:(?i:in|since|until|till|by|during|before|after|from|through|throughout|early|late|mid"
            + "|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)\\s+|(?i:mid)-)"
            + "(?<month>" + String.join("|", MONTHS) + ")"
            // not "July 14" or "July 2025" (read as dates already), nor "June Smith", "July's"
            + "(?![\\p{L}\\p{N}'’-]|\\.?,?\\s*\\d|\\s+\\p{Lu})"), "isutbdafelm", Before.NO_LETTER);

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
