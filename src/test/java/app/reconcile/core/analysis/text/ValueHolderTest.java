package app.reconcile.core.analysis.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueHolderTest {
    private static final String SENTENCE = "Lopes received 412,870 votes against 347,512 for Tavares.";
    private final ValueHolder holders = ValueHolder.of(List.of(
            new Sentence(0, 0, 0, 0, "Maria Fernanda Lopes won the runoff against Ricardo Tavares."),
            new Sentence(0, 1, 0, 61, SENTENCE)));

    @ParameterizedTest(name = "{0} is held by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            412,870 | ^lopes
            347,512 | ^tavar
            """)
    void theNameNextToAValueHoldsIt(String value, String holder) {
        int from = SENTENCE.indexOf(value);

        assertThat(holders.of(SENTENCE, from, from + value.length())).containsExactly(holder);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Turnout was 68 percent.                 | 68
            More than 650 firefighters were there.  | 650
            TBILISI, March 16 (Reuters) - About 10,000 people rallied. | About 10,000
            Emaciated, 153 Ukrainians returned home.  | 153
            """)
    void aCapitalisedWordOpeningASentenceIsNoHolderUnlessTheArticleUsesItAsAName(String sentence, String value) {
        int from = sentence.indexOf(value);

        assertThat(holders.of(sentence, from, from + value.length())).isEmpty();
    }
}
