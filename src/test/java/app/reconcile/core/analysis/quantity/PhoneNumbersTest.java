package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.PhoneValue;
import app.reconcile.core.analysis.value.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {
    private final PhoneNumbers phones = new PhoneNumbers();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call Crimestoppers anonymously on 0800 555 111.          | 0800 555 111     | tel:0800555111
            Call Crimestoppers on 0800 555111 with information.      | 0800 555111      | tel:0800555111
            Police can be reached on 0845-125-2222 at any time.      | 0845-125-2222    | tel:08451252222
            The embassy's number is +44 20 7946 0958, it said.       | +44 20 7946 0958 | tel:442079460958
            """)
    void aTelephoneNumberIsOneValueOfItsDigits(String sentence, String text, String value) {
        assertThat(phones.extract(new Sentence(0, 0, 0, 0, sentence)))
                .singleElement().satisfies(c -> {
                    assertThat(c.text()).isEqualTo(text);
                    assertThat(c.value().canonical()).isEqualTo(value);
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Some 1 200 people fled.", "The vote was 52 48 in favour.", "Call 999 now.",
            "It cost 0.5 million in 2021.", "Between 2005 and 2008 prices rose 20 30 percent."})
    void countsAndShortNumbersAreNoTelephoneNumbers(String sentence) {
        assertThat(phones.extract(new Sentence(0, 0, 0, 0, sentence))).isEmpty();
    }

    @Test
    void twoNumbersAgreeOnlyWhenEveryDigitDoes() {
        assertThat(new PhoneValue("0800555111").relate(new PhoneValue("0800555111"))).isEqualTo(Relation.SAME);
        assertThat(new PhoneValue("0845125222").relate(new PhoneValue("08451252222"))).isEqualTo(Relation.CONFLICT);
    }
}
