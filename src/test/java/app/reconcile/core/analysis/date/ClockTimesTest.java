package app.reconcile.core.analysis.date;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.QuantityValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which clock times a sentence gives, in the forms news writes them. */
class ClockTimesTest {
    private final DateExtractor extractor = new DateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The commission published first results at 11.40pm.   | 11.40pm       | 23:40
            The first results came at 23:40.                       | 23:40         | 23:40
            Trading resumed by 08:30, the exchange said.           | 08:30         | 08:30
            Polls closed at 20:00 local time.                      | 20:00         | 20:00
            He spoke shortly after 1 a.m. in Sofia.                | 1 a.m.        | 01:00
            The plane landed at 9:15 a.m.                          | 9:15 a.m.     | 09:15
            """)
    void aClockTimeIsReadWithItsMinutes(String sentence, String text, String display) {
        List<Candidate> times = times(sentence);
        assertThat(times).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo(text);
            assertThat(((QuantityValue) c.value()).canonical()).isEqualTo(display);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The home side led 21:15 at the break.",
            "The talks resumed at 10:40 on Monday.",
            "The ratio stood at 20:1 last year."})
    void aBareOrAmbiguousClockIsNoTime(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.text().contains(":"));
    }

    private List<Candidate> times(String text) {
        return extractor.extract(new Sentence(0, 0, 0, 0, text), null).stream()
                .filter(c -> c.kind() == FactKind.TIME).toList();
    }
}
