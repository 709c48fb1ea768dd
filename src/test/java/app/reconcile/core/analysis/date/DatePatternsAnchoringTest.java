package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredScans;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date patterns are tried only where a match can start ({@link AnchoredPattern}); on any text they must
 * find exactly what a plain find() loop finds, or a date would silently be missed.
 */
class DatePatternsAnchoringTest {
    private static final List<AnchoredPattern> PATTERNS = List.of(DateExtractor.DATE, DateExtractor.MAYBE_DATE,
            DateExtractor.TIME, DateExtractor.TIME24, RelativeDates.RELATIVE, BareMonths.MONTH);

    @Property(tries = 3000)
    void everyDatePatternFindsWhatAFindLoopFinds(@ForAll("dateTexts") String text) {
        for (AnchoredPattern p : PATTERNS) {
            assertThat(AnchoredScans.byScan(p, text)).as("%s on %s", p.pattern(), text)
                    .isEqualTo(AnchoredScans.byFind(p, text));
        }
    }

    @Provide
    Arbitrary<String> dateTexts() {
        return AnchoredScans.textsOf("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Jan.", "Feb", "Mar.", "Apr", "Jun.", "Jul", "Aug.",
                "Sept", "Sep.", "Oct", "Nov.", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday", "tomorrow", "afternoon", "evening", "the day before", "until", "till", "by",
                "during", "before", "after", "from", "through", "throughout", "late", "the beginning of",
                "start of", "middle of", "day", "months ago", "years ago", "weeks ago", "mid-", "mid ", "middle of ", "in May", "in July", "mid-March", "since June", "by August", "end of May",
                "days", "ago", "the", "yesterday", "today", "tonight", "last", "next", "this", "earlier", "later",
                "week", "month", "year", "night", "morning", "in", "since", "mid", "end of", "early", "local time",
                "GMT", "hrs", "a.m.", "pm", "percent", "2025-08-07", "11:42", "2:40");
    }
}
