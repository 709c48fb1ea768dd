package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How two measurements relate: the same figure in two units agrees, a rounded conversion is compatible within
 * the precision of the rounder figure, two figures in one unit conflict as counts do, and two dimensions are
 * never compared.
 */
class MeasurementRelationTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2 km                 | 1,200 metres            | SAME
            1,200 metres           | 1.2 kilometres          | SAME
            28 km                  | 28 kilometers           | SAME
            150 km per hour        | 150 km/h                | SAME
            44 degrees Celsius     | 44°C                    | SAME
            3.2 million tonnes     | 3.2m tonnes             | SAME
            5 cubic metres         | 5,000 litres            | SAME
            25,000 acres           | 10,100 hectares         | COMPATIBLE
            about 20,000 acres     | 8,200 hectares          | COMPATIBLE
            984 ft                 | 300 metres              | COMPATIBLE
            285 miles              | 460 km                  | COMPATIBLE
            93 mph                 | 150 km/h                | COMPATIBLE
            111 degrees Fahrenheit | 44 degrees Celsius      | COMPATIBLE
            more than 1,200 metres | 1.2 km                  | COMPATIBLE
            about 500 metres       | 480 metres              | COMPATIBLE
            2-3 km                 | 2,500 metres            | COMPATIBLE
            500 metres             | 300 metres              | CONFLICT
            about 500 metres       | about 300 metres        | CONFLICT
            1,200 metres           | 1,250 metres            | CONFLICT
            1,300 feet             | 300 metres              | CONFLICT
            30,000 acres           | 8,200 hectares          | CONFLICT
            90 degrees Fahrenheit  | 44 degrees Celsius      | CONFLICT
            44 degrees             | 44 degrees Celsius      | INCOMPARABLE
            1,200 metres           | 1,200 tonnes            | INCOMPARABLE
            500 metres             | 500                     | INCOMPARABLE
            300 hectares           | 300 metres              | INCOMPARABLE
            """)
    void measurementsRelateAcrossUnits(String first, String second, Relation expected) {
        assertThat(read(first).value().relate(read(second).value())).isEqualTo(expected);
        assertThat(read(second).value().relate(read(first).value())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            about 300 metres      | some 500 metres
            1.2 km                | 1,200m deep
            a 300-metre tower     | 984 ft
            150 km per hour       | 150 kilometres (93 miles) per hour
            """)
    void lengthsInAnyUnitCountTheSameThing(String first, String second) {
        assertThat(read(first).thing()).isNotEmpty().isEqualTo(read(second).thing());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5 million barrels       | 1 million barrels a day
            40 tonnes               | 40 tonnes per week
            """)
    void aRateNeverCountsWhatAOneOffAmountCounts(String amount, String rate) {
        assertThat(read(amount).thing()).isNotEqualTo(read(rate).thing());
    }

    private Candidate read(String figure) {
        String text = "It was " + figure + ".";
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        assertThat(found).as(text).isNotEmpty();
        return found.get(0);
    }
}
