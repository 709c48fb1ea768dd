package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A count broken down by place: the parts count what the whole counts and belong to their places. */
class BreakdownsTest {
    private static final String TYPHOON = "Floods have killed 19 people in central Vietnam, 12 in Quang Nam and seven"
            + " in Quang Ngai, the agency said.";
    private static final String QUAKE = "\"So far, 12 deaths are reported (11 in the province of El Oro and one in the"
            + " province of Azuay),\" the presidency said.";
    private static final String FIRST_PART = "Twelve of the victims died in Quang Nam, five in Quang Ngai and two in"
            + " Thua Thien Hue.";
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            TYPHOON    | seven | person | ^ngai
            TYPHOON    | 12    | person | ^nam
            QUAKE      | one   | death  | ^azuay
            QUAKE      | 11    | death  | ^oro
            FIRST_PART | two   | person | ^hue
            """)
    void aPartLeavingItsNounOutCountsTheWholesThingAndBelongsToItsPlace(String sentence, String value, String thing,
                                                                          String holder) {
        Candidate part = find(text(sentence), value);

        assertThat(part.thing()).isEqualTo(thing);
        assertThat(part.keys()).contains("@death", holder);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            TYPHOON | 19
            QUAKE   | 12
            """)
    void aCountItsPartsAddUpToIsTheWholeAndBelongsToNoPlace(String sentence, String value) {
        assertThat(find(text(sentence), value).keys()).contains(Breakdowns.WHOLE).noneMatch(k -> k.equals("^quang"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Twelve of the victims died in Quang Nam, five in Quang Ngai and two in Thua Thien Hue. | Twelve | ^nam
            The quake left 11 people dead in the province of El Oro and two fatalities in Azuay.    | 11     | ^oro
            The quake left 11 people dead in the province of El Oro and two fatalities in Azuay.    | two    | ^azuay
            """)
    void aCountWhosePartsDoNotAddUpToItIsTheFirstPart(String text, String value, String holder) {
        assertThat(find(text, value).keys()).contains(holder).doesNotContain(Breakdowns.WHOLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The company employs 300 people and 40 contractors.
            One in five adults smoke.
            It sold 12 cars in March and seven in April.
            """)
    void countsWithoutAPlaceAfterThemAreNoParts(String text) {
        assertThat(quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()))
                .allSatisfy(c -> assertThat(c.keys()).doesNotContain(Breakdowns.WHOLE));
    }

    private static String text(String name) {
        return switch (name) {
            case "TYPHOON" -> TYPHOON;
            case "QUAKE" -> QUAKE;
            default -> FIRST_PART;
        };
    }

    private Candidate find(String text, String value) {
        return quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()).stream()
                .filter(c -> c.text().equals(value)).findFirst().orElseThrow(() -> new AssertionError(value + " not read"));
    }
}
