package app.reconcile.core.analysis.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleEventsTest {

    @ParameterizedTest(name = "[{0}] N [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the blast, killing                 | and injuring dozens.        | true
            Officials said                     | remain missing.             | true
            Officials said                     | more are still missing.     | true
            Rescuers said                      | died overnight.             | true
            The company said                   | were sold in May.           | false
            Police said                        | more officers arrived.      | false
            The ferry was carrying             | when it sank.               | false
            """)
    void aBareCountToldWithAnEventOfPeopleCountsPeople(String before, String after, boolean people) {
        assertThat(PeopleEvents.countPeople(before + " ", " " + after)).isEqualTo(people);
    }
}
