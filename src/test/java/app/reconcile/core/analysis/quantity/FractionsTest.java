package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.text.AnchoredScans;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FractionsTest {
    private final Fractions fractions = new Fractions(new NumberWords());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            One in five children had no dose.                 | 20     | APPROXIMATE
            Nine out of 10 voters backed the plan.            | 90     | APPROXIMATE
            A fifth of children under five had no dose.       | 20     | APPROXIMATE
            Two-thirds of the homes were flooded.             | 66.667 | APPROXIMATE
            More than a quarter of the staff left.            | 25     | MORE_THAN
            It hit one in every three households.             | 33.333 | APPROXIMATE
            Services account for half of the company's sales. | 50     | APPROXIMATE
            More than half of the voters said no.             | 50     | MORE_THAN
            """)
    void aFractionIsAHedgedShareInPercent(String sentence, double percent, Qualifier qualifier) {
        var found = fractions.find(sentence);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).percent()).isCloseTo(percent, org.assertj.core.data.Offset.offset(0.001));
        assertThat(found.get(0).qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He scored 3 in 10 minutes.", "It was 1 in 1,000 cases.", "They won two in five games.",
            "Eleven in El Oro and one in Azuay died.", "The fifth of May.", "Five in two is nonsense.",
            "Sales rose in the first half of 2008.", "It took half an hour."})
    void aTallyATimeOrAPlaceIsNoShare(String sentence) {
        assertThat(fractions.find(sentence)).isEmpty();
    }

    @Property(tries = 3000)
    void theFractionPatternFindsWhatAFindLoopFinds(@ForAll("fractionTexts") String text) {
        assertThat(AnchoredScans.byScan(Fractions.FRACTION, text)).as(text)
                .isEqualTo(AnchoredScans.byFind(Fractions.FRACTION, text));
    }

    @Property(tries = 1000)
    void theCheapTestNeverMissesAFraction(@ForAll("fractionTexts") String text) {
        if (!fractions.find(text).isEmpty()) {
            assertThat(Fractions.mayHoldFraction(text, NumberWords.mayHoldNumber(text))).as(text).isTrue();
        }
    }

    @Provide
    Arbitrary<String> fractionTexts() {
        return AnchoredScans.textsOf("one", "One", "two", "nine", "ten", "10", "3", "in", "out of", "every", "a", "A",
                "fifth", "third", "quarter", "thirds", "Two-thirds", "of", "more than", "nearly", "About", "minutes",
                "children", "1,000", "x1", "-");
    }
}
