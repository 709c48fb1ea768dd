package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Measurements are read with their unit and normalised to the base unit of their dimension. */
class MeasurementReadingTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The blast was 1,200 metres below ground.              | 1,200 metres           | 1200 m
            The blast happened at a depth of 1.2 km.              | 1.2 km                 | 1200 m
            It struck at a depth of 28 kilometers.                | 28 kilometers          | 28000 m
            The town lies 460km south of Cairo.                   | 460km                  | 460000 m
            It lies about 285 miles south of Cairo.               | about 285 miles        | ~458663.04 m
            The wall is 12 feet high.                             | 12 feet                | 3.6576 m
            A six-foot wall fell.                                 | six-foot               | 1.8288 m
            The ice was 30 cm thick.                              | 30 cm                  | 0.3 m
            Rain reached 600 mm in places.                        | 600 mm                 | 0.6 m
            The pipe is 10 inches wide.                           | 10 inches              | 0.254 m
            The fire burned 8,200 hectares of forest.             | 8,200 hectares         | 8200 ha
            The fire burned 500ha of forest.                      | 500ha                  | 500 ha
            The fire scorched about 20,000 acres.                 | about 20,000 acres     | ~8093.71284 ha
            The zone covers 30 square kilometres.                 | 30 square kilometres   | 3000 ha
            The zone covers 30 sq km.                             | 30 sq km               | 3000 ha
            The zone covers 30 km² of land.                       | 30 km²                 | 3000 ha
            The zone covers 2 square miles.                       | 2 square miles         | 517.997622 ha
            The flat has 80 m2 of floor.                          | 80 m2                  | 0.008 ha
            The mine produced 3.2 million tonnes of coal.         | 3.2 million tonnes     | 3200000 t
            The mine produced 3.2m tonnes of coal.                | 3.2m tonnes            | 3200000 t
            Police seized 40 kg of cocaine.                       | 40 kg                  | 0.04 t
            The truck carried 20t of sand.                        | 20t                    | 20 t
            The baby weighed 8 lbs at birth.                      | 8 lbs                  | 0.00362873896 t
            The tank held 5,000 litres of fuel.                   | 5,000 litres           | 5000 l
            The tank held 5 cubic metres of fuel.                 | 5 cubic metres         | 5000 l
            It pumps 1 million barrels a day.                     | 1 million barrels      | 158987295 l
            Winds reached 150 km per hour on Saturday.            | 150 km per hour        | 150 km/h
            Winds reached 150 km/h on Saturday.                   | 150 km/h               | 150 km/h
            Winds reached 150 kilometres (93 miles) per hour.     | 150 kilometres         | 150 km/h
            Winds reached 93 mph on Saturday.                     | 93 mph                 | 149.668992 km/h
            Winds reached 80 knots on Saturday.                   | 80 knots               | 148.16 km/h
            Temperatures reached 44 degrees Celsius.              | 44 degrees Celsius     | 44 °C
            Temperatures reached 44°C on Wednesday.               | 44°C                   | 44 °C
            Temperatures reached 44C on Wednesday.                | 44C                    | 44 °C
            Temperatures reached 111 degrees Fahrenheit.          | 111 degrees Fahrenheit | 43.8888889 °C
            Temperatures reached 111F on Wednesday.               | 111F                   | 43.8888889 °C
            Temperatures reached 44 degrees on Wednesday.         | 44 degrees             | 44 °
            Temperatures fell to -5C overnight.                   | 5C                     | -5 °C
            Temperatures fell to minus 12 degrees Celsius.        | 12 degrees Celsius     | -12 °C
            Temperatures fell to −4°F overnight.                  | 4°F                    | -20 °C
            """)
    void everyUnitFamilyIsReadToItsBaseUnit(String text, String value, String canonical) {
        Candidate c = find(text, value);
        assertThat(c.kind()).isEqualTo(FactKind.NUMBER);
        assertThat(c.value().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            They built a 300-metre tower.                         | 300-metre              | 300 m         | tower
            They closed the 12-kilometre stretch.                 | 12-kilometre           | 12000 m       | stretch
            It has a 400m-long runway.                            | 400m                   | 400 m         | runway
            The blast came about 500 metres from the gate.        | about 500 metres       | ~500 m        | ''
            The trench was 2-3 km long.                           | 2-3 km                 | 2000-3000 m   | ''
            It reached more than 1,200 metres below ground.       | more than 1,200 metres | >1200 m       | ''
            """)
    void adjectivesRangesAndHedgesAreMeasurementsToo(String text, String value, String canonical, String measured) {
        Candidate c = find(text, value);
        assertThat(c.value().canonical()).isEqualTo(canonical);
        assertThat(c.thingWord()).isEqualTo("metres");
        if (!measured.isEmpty()) {
            assertThat(c.keys()).contains(new LightStemmer().stem(measured));
        }
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The blast happened at a depth of 1,200m.              | 1,200m                 | 1200 m
            The shaft is 1,200m deep.                             | 1,200m                 | 1200 m
            The crew stopped 50m away from the edge.              | 50m                    | 50 m
            The fund raised $200m last year.                      | $200m                  | USD 200000000
            The fund raised £1.5m last year.                      | £1.5m                  | GBP 1500000
            The country has 1.2m people in need.                  | 1.2m                   | 1200000
            The ministry ordered 3m doses.                        | 3m                     | 3000000
            He won the 100m sprint in Paris.                      | 100m                   | 100000000
            """)
    void mIsMetresOnlyWhereALengthIsMeant(String text, String value, String canonical) {
        assertThat(find(text, value).value().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They pitched a tent near the river.                   | ten
            The fine was 5 pounds per day.                        | 5 pounds
            Seven of them sat in the 2 C row.                     | 2
            """)
    void oneLetterUnitsAndPoundsAreNoMeasurementsOnTheirOwn(String text, String notMeasured) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        assertThat(found).noneMatch(c -> c.text().startsWith(notMeasured) && c.thingWord().equals("tonnes")
                || c.value().canonical().endsWith(" °C") || c.value().canonical().endsWith(" t"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tra My recorded more than 600 mm (23.6 inches) of rain.     | more than 600 mm       | 23.6 inches
            The town lies about 460km (285 miles) south of Cairo.       | about 460km            | 285 miles
            Winds reached 150 kilometres (93 miles) per hour.           | 150 kilometres         | 93 miles
            """)
    void aConversionInParenthesesIsNoFigureOfItsOwn(String text, String original, String conversion) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        assertThat(found).extracting(Candidate::text).contains(original).doesNotContain(conversion);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It burned 8,200 hectares (about 20,000 people fled).        | 20,000
            It fell 600 metres (and 40 tonnes of rock with it).         | 40 tonnes
            """)
    void aParenthesisOfAnotherSortStaysAFigure(String text, String other) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        assertThat(found).extracting(Candidate::text).anyMatch(t -> t.endsWith(other));
    }

    private Candidate find(String text, String value) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        return found.stream().filter(c -> c.text().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + found.stream().map(Candidate::text).toList()));
    }
}
