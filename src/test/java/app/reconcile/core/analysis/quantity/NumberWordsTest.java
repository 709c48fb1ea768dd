package app.reconcile.core.analysis.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {
    private final NumberWords words = new NumberWords();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zero                              | 0
            Twelve                            | 12
            twenty-five                       | 25
            twenty five                       | 25
            one hundred and five              | 105
            fifteen hundred                   | 1500
            two thousand three hundred        | 2300
            three million two hundred thousand | 3200000
            fifth                             | 5
            twenty-first                      | 21
            ninetieth                         | 90
            a dozen                           | 12
            half a dozen                      | 6
            two dozen                         | 24
            three-dozen                       | 36
            three-and-a-half                  | 3.5
            """)
    void spelledOutNumbersAreRead(String phrase, double expected) {
        assertThat(words.parse(phrase)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"five twenty", "twelve three", "thousand", "and five", "five and", "million thousand",
            "two thousand million", "fifth five", "dozens", "dozen dozen", "and dozen", ""})
    void wordSequencesThatAreNotANumberAreRejected(String phrase) {
        assertThat(words.parse(phrase)).isEmpty();
    }
}
