package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.reading.Reader;
import app.reconcile.core.analysis.reading.Tagged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a value counts, read from the tags of its sentence (a [marked] value). */
class ValueReaderThingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "They signed Brand to a five-year deal worth [nearly $80 million] last summer. | deal",
            "The club offered a contract worth [$5 million] a year.                        | contract",
            "He signed Brand to an [$82 million] deal on Monday.                           | deal",
            "Rescuers pulled [12] children from the rubble.                                 | child",
            "The quake had a magnitude of [7.6], the survey said.                          | magnitude",
            "He missed [10] of the Saints' 16 games with a broken leg.                     | game",
            "Police found [two] of the team's five missing climbers.                       | climber",
            "[Three] of the plant's four reactors were shut down.                          | reactor",
    })
    void theThingAValueCounts(String marked, String thing) {
        int from = marked.indexOf('[');
        int to = marked.indexOf(']') - 1;
        String sentence = marked.replace("[", "").replace("]", "");
        Tagged t = Reader.forThread().read(sentence);
        int first = t.firstOverlapping(from, to);
        int last = t.lastOverlapping(from, to);

        assertThat(ValueReader.thing(t, first, last, to)).isEqualTo(thing);
    }
}
