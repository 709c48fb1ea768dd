package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranks ("the world's third-largest", "fourth largest in the world") are ordinals of the thing ranked by. */
class RankTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}] = {2} of {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Its port, the country's third-largest, handles grain.          | third  | 3rd  | largest
            The airline is the second-biggest in the region.                | second | 2nd  | largest
            The canal is the fourth largest in the world.                   | fourth | 4th  | largest
            The lake is the continent's 5th-largest by area.                | 5th    | 5th  | largest
            The city became the second-most populous in the country.        | second | 2nd  | most-populous
            It was the country's twenty-third busiest airport last year.    | twenty-third | 23rd | busiest
            """)
    void aRankIsAnOrdinalOfItsSuperlative(String text, String value, String canonical, String thing) {
        Candidate c = find(text, value);
        assertThat(c.value().canonical()).isEqualTo(canonical);
        assertThat(c.thing()).isEqualTo(thing);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Profits rose in the fourth-quarter results.     | ''
            It was the third protest this week.             | protest
            Police held a second-degree murder suspect.     | ''
            """)
    void anOrdinalBeforeAnotherWordIsNoRank(String text, String thing) {
        assertThat(quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()))
                .extracting(Candidate::thing).containsExactlyElementsOf(thing.isEmpty() ? List.of() : List.of(thing));
    }

    @ParameterizedTest(name = "{0} / {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            The network is the world's third-largest.   | third  | It is the fourth largest in the world.      | fourth  | CONFLICT
            The network is the world's fourth-largest.  | fourth | It is the fourth largest in the world.      | fourth  | SAME
            The bank is the country's 2nd-biggest.      | 2nd    | It is the second largest bank in the land.  | second  | SAME
            """)
    void twoRanksOfOneThingCompareAsOrdinals(String first, String a, String second, String b, Relation relation) {
        Candidate x = find(first, a);
        Candidate y = find(second, b);
        assertThat(x.thing()).isEqualTo(y.thing());
        assertThat(x.value().relate(y.value())).isEqualTo(relation);
    }

    @ParameterizedTest(name = "{0} [{1}]: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It is the second-deadliest mining accident since 2000.   | second | true
            It was the third worst flood in the region.              | third  | true
            The airline is the second-biggest in the region.         | second | false
            """)
    void aRankOfAnEventsTollIsToldWithTheSeverityFrame(String text, String value, boolean severity) {
        assertThat(find(text, value).keys().contains("@severity")).isEqualTo(severity);
    }

    private Candidate find(String text, String value) {
        return quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()).stream()
                .filter(c -> c.text().equals(value)).findFirst().orElseThrow(() -> new AssertionError(value + " not read"));
    }
}
