package app.reconcile.core.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which date undated articles are read against, from the dates the other articles give. */
class CorpusDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-07                       | 2025-08-07
            2025-08-06, -, 2025-08-07        | 2025-08-07
            -, -                             | -
            2025-08-01, 2025-09-01           | -
            """)
    void undatedArticlesBorrowTheLatestDateOnlyWhenTheDatedOnesAgreeWithinAWeek(String dates, String expected) {
        List<LocalDate> own = Arrays.stream(dates.split(",\\s*")).map(d -> d.equals("-") ? null : LocalDate.parse(d)).toList();
        LocalDate result = Analyzer.corpusDate(own);
        assertThat(result == null ? "-" : result.toString()).isEqualTo(expected);
    }
}
