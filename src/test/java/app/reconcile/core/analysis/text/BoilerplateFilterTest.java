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
            """)
    void aFurnitureWordOpensFurnitureOnlyAsAWholeWord(String line, boolean boilerplate) {
        assertThat(filter.isBoilerplateLine(line, List.of())).isEqualTo(boilerplate);
    }
}
