package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How far back a record reaches, told as a year ("since 2019") or as a span ("in four years"). */
class RecordSinceTest {
    private static final LocalDate ARTICLE = LocalDate.of(2026, 3, 16);
    private final DateExtractor extractor = new DateExtractor();

    @ParameterizedTest(name = "{0} -> [{1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It was the biggest rally the country has seen in four years.       | four years | 2022
            It was the worst flooding in 50 years.                             | 50 years   | 1976
            The highest level in the past three decades, officials said.       | three decades | 1996
            Prices rose for the first time in a decade.                        | a decade   | 2016
            It was the largest demonstration in the country since 2019.        | 2019       | 2019
            """)
    void aYearOrSpanAfterASuperlativeIsTheYearTheRecordReachesBackTo(String sentence, String text, String year) {
        Candidate c = only(sentence, text);

        assertThat(c.thing()).isEqualTo(RecordSince.THING);
        assertThat(c.value().canonical()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The protests began in 2019 and have lasted four years.
            Prices will rise in four years.
            The protest was the first of its kind; it has lasted since 2019.
            """)
    void withoutASuperlativeInTheClauseThereIsNoRecord(String sentence) {
        assertThat(extractor.extract(new Sentence(0, 0, 0, 0, sentence), ARTICLE))
                .noneMatch(c -> c.thing().equals(RecordSince.THING));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It was the biggest rally in four years.
            """)
    void withoutAnArticleDateASpanIsNoYear(String sentence) {
        assertThat(extractor.extract(new Sentence(0, 0, 0, 0, sentence), null)).isEmpty();
    }

    private Candidate only(String sentence, String text) {
        List<Candidate> found = extractor.extract(new Sentence(0, 0, 0, 0, sentence), ARTICLE).stream()
                .filter(c -> c.text().equals(text)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
