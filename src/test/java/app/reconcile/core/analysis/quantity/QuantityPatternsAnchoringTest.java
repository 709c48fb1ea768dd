package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredScans;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quantity patterns are tried only where a match can start ({@link AnchoredPattern}), after a cheap test
 * ({@link NumberWords#mayHoldNumber}); on any text they must find exactly what a plain find() loop finds.
 */
class QuantityPatternsAnchoringTest {
    /** The prefilter this replaced: a sentence it finds nothing in holds no quantity. */
    private static final Pattern ANY_NUMBER = Pattern.compile("\\d|\\b(?:" + NumberWords.UNIT_WORDS + "|dozen|"
            + NumberWords.ORDINAL_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);

    @Property(tries = 3000)
    void quantityAndOrdinalPatternsFindWhatAFindLoopFinds(@ForAll("numberTexts") String text) {
        for (AnchoredPattern p : List.of(QuantityExtractor.QUANTITY, QuantityExtractor.ORDINAL)) {
            assertThat(AnchoredScans.byScan(p, text)).as("%s on %s", p.pattern(), text)
                    .isEqualTo(AnchoredScans.byFind(p, text));
        }
    }

    @Property(tries = 3000)
    void theCheapTestNeverMissesANumberThePatternFinds(@ForAll("numberTexts") String text) {
        if (ANY_NUMBER.matcher(text).find()) {
            assertThat(NumberWords.mayHoldNumber(text)).as(text).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Twelve people died             | true",
            "a dozen boats                  | true",
            "the fifth visit                | true",
            "in 2025                        | true",
            "someone, often, tent, attend   | false",
            "twelve_points                  | false",
            "no figure here                 | false",
            "ONE                            | true"})
    void theCheapTestAcceptsNumberWordsOnlyAsWholeWords(String text, boolean expected) {
        assertThat(NumberWords.mayHoldNumber(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return AnchoredScans.textsOf("twelve", "one", "four", "twenty", "twenty-five", "three-and-a-half", "a dozen",
                "half a dozen", "dozen", "million", "bn", "m", "k", "p", "fifth", "twenty-third", "second", "first",
                "about", "more than", "at least", "up to", "upwards of", "an estimated", "some", "nearly", "over",
                "US$", "R$", "S/", "₱", "$", "USD", "EUR", "GBP", "SEK", "CHF", "ZAR", "percent", "per cent", "hours", "day",
                "-year", "to", "–", "between", "and", "$1.50", "dollars", "euros", "roubles", "Swedish crowns", "pence", "someone", "often",
                "21st", "3rd", "km", "metres", "-metre", "m", "t", "l", "C", "F", "°C", "°", "sq km", "km²", "m2",
                "acres", "hectares", "per hour", "-long", "deep", "mph", "knots", "degrees Celsius", "feet", "tonnes",
                "km/h", "tent");
    }
}
