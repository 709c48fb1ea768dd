package app.reconcile.core.analysis.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Furniture words open furniture lines only as whole words. */
class BoilerplateFilterTest {
    private final BoilerplateFilter filter = new BoilerplateFilter();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Share this article                                              | true
            By Sarah Young and Paul Sandle                                  | true
            Advertisement · Scroll to continue                              | true
            Shares fell 6.2% by midday, making it the biggest faller.       | false
            Bystanders said the bus had been travelling at speed.           | false
            Advertisers pulled out of the show after the interview.         | false
            By beating the Chiefs, Indianapolis' record rose to 9-5 and they locked up a playoff spot. | false
            By late afternoon the fire had spread to three more streets in the old town. | false
            By all indications, he is a solid long-term investment.         | false
            By JANE DOE, Associated Press Writer                            | true
            By Jane Doe.                                                    | true
            To find out more, click here.                                   | true
            Updated: Apr 02, 2009 11:06 PM CEST                             | true
            """)
    void aFurnitureWordOpensFurnitureOnlyAsAWholeWord(String line, boolean boilerplate) {
        assertThat(filter.isBoilerplateLine(line, List.of())).isEqualTo(boilerplate);
    }
}
