package app.reconcile.core.analysis.date;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.DateValue;
import app.reconcile.core.analysis.value.UnresolvedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates relative to the article's own date, read by {@link DateExtractor}. */
class RelativeDatesTest {
    /** A Thursday. */
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 8, 7);
    /** Where the sentence starts in its article: offsets are article offsets. */
    private static final int SENTENCE_START = 120;

    private final DateExtractor extractor = new DateExtractor();

    @ParameterizedTest(name = "\"{0}\" on 2025-08-07 -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks ended yesterday.                    | yesterday                | 2025-08-06
            They met last night in Moscow.                | last night               | 2025-08-06
            He will fly to Moscow tomorrow.               | tomorrow                 | 2025-08-08
            The talks resume today.                       | today                    | 2025-08-07
            Officials met this morning.                   | this morning             | 2025-08-07
            It happened the day before yesterday.         | the day before yesterday | 2025-08-05
            They vote the day after tomorrow.             | the day after tomorrow   | 2025-08-09
            The strike began a day ago.                   | a day ago                | 2025-08-06
            Sales fell last month.                        | last month               | 2025-07
            The plant opens next month.                   | next month               | 2025-09
            Prices rose earlier this month.               | earlier this month       | 2025-08
            The law passed last year.                     | last year                | 2024
            Elections are due next year.                  | next year                | 2026
            Output rose earlier this year.                | earlier this year        | 2025
            This year's budget was cut.                   | This year                | 2025
            They will meet next week.                     | next week                | 2025-W33
            They met last week.                           | last week                | 2025-W31
            The team trains this week.                    | this week                | 2025-W32
            Talks began earlier this week.                | earlier this week        | 2025-W32
            The mine closed last Friday.                  | last Friday              | 2025-08-01
            Talks resume next Monday.                     | next Monday              | 2025-08-11
            The strike began three days ago.              | three days ago           | 2025-08-04
            The strike began 10 days ago.                 | 10 days ago              | 2025-07-28
            The strike began twenty-one days ago.         | twenty-one days ago      | 2025-07-17
            He was elected a year ago.                    | a year ago               | ~2024-08-07
            The fire started two weeks ago.               | two weeks ago            | ~2025-07-24
            The plant closed six months ago.              | six months ago           | ~2025-02-07
            Production stopped in July.                   | July                     | 2025-07
            Talks have stalled since mid-March.           | March                    | 2025-03
            """)
    void aRelativeDateIsResolvedAgainstTheArticleDate(String sentence, String expression, String canonical) {
        Candidate c = only(sentence, ARTICLE_DATE);

        assertThat(c.value().canonical()).isEqualTo(canonical);
        assertThat(c.kind()).isEqualTo(FactKind.DATE);
    }

    @ParameterizedTest(name = "\"{0}\" covers \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Sales fell last month, the firm said.         | last month
            The strike began three days ago.              | three days ago
            The mine closed last Friday.                  | last Friday
            Output rose earlier this year.                | earlier this year
            It happened the day before yesterday.         | the day before yesterday
            """)
    void theMentionCoversTheWholeExpressionAtItsArticleOffsets(String sentence, String expression) {
        Candidate c = only(sentence, ARTICLE_DATE);

        int expectedStart = SENTENCE_START + sentence.indexOf(expression);
        assertThat(c.text()).isEqualTo(expression);
        assertThat(c.start()).isEqualTo(expectedStart);
        assertThat(c.end()).isEqualTo(expectedStart + expression.length());
    }

    @ParameterizedTest(name = "\"{1}\" on {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-15 | Sales fell last month.  | 2024-12
            2025-12-30 | They meet next week.    | 2026-W02
            2026-01-02 | They met last week.     | 2025-W52
            2024-03-01 | It began two days ago.  | 2024-02-28
            """)
    void periodsCrossYearBoundaries(LocalDate date, String sentence, String canonical) {
        assertThat(only(sentence, date).value().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The mine closed last Monday.   | Monday
            Talks resume next Friday.      | Friday
            """)
    void aWeekdayThatMayMeanEitherOfTwoDaysKeepsOnlyTheWeekday(String sentence, String canonical) {
        Candidate c = only(sentence, ARTICLE_DATE);

        assertThat(c.value()).isEqualTo(DateValue.weekday(java.time.DayOfWeek.valueOf(canonical.toUpperCase())));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The talks ended yesterday.
            Sales fell last month.
            They will meet next week.
            The strike began three days ago.
            """)
    void withoutAnArticleDateARelativeDateIsReadButNeverResolved(String sentence) {
        Candidate c = only(sentence, null);

        assertThat(c.value()).isInstanceOf(UnresolvedDate.class);
        assertThat(c.value().relate(c.value())).isEqualTo(app.reconcile.core.analysis.value.Relation.INCOMPARABLE);
    }

    @Test
    void withoutAnArticleDateLastMondayIsStillAMonday() {
        assertThat(only("The mine closed last Monday.", null).value().canonical()).isEqualTo("Monday");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            “We have a meeting with Russia tomorrow,” Trump said.
            He said: "the talks ended yesterday."
            tomorrow,” he told reporters on the phone.
            """)
    void aRelativeDateInsideAQuotationIsNotResolvedAgainstTheArticleDate(String sentence) {
        assertThat(extract(sentence, ARTICLE_DATE)).singleElement()
                .satisfies(c -> assertThat(c.value()).isInstanceOf(UnresolvedDate.class));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Prices rose over the past year.
            Prices rose over the last year.
            The next week will be decisive.
            It takes a month to build a truck.
            They held a week-long festival.
            The BBC's Today programme asked him.
            The report was written by June Carter.
            She left a few days ago.
            He spoke on the first day.
            """)
    void aLengthOfTimeOrANameIsNoDate(String sentence) {
        assertThat(extract(sentence, ARTICLE_DATE)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The mine closed last Monday.                 | last Monday
            Production stopped on July 14.               | July 14
            Production stopped in July 2024.             | July 2024
            """)
    void aSpanIsReadOnce(String sentence, String expression) {
        assertThat(extract(sentence, ARTICLE_DATE)).extracting(Candidate::text).containsExactly(expression);
    }

    @Test
    void aMonthLaterThanTheArticlesMonthHasNoYear() {
        assertThat(only("Production will resume in December.", ARTICLE_DATE).value().canonical()).isEqualTo("--12");
    }

    private Candidate only(String sentence, LocalDate date) {
        List<Candidate> found = extract(sentence, date);
        assertThat(found).as("dates in \"%s\"", sentence).hasSize(1);
        return found.get(0);
    }

    private List<Candidate> extract(String sentence, LocalDate date) {
        return extractor.extract(new Sentence(0, 0, 0, SENTENCE_START, sentence), date);
    }
}
