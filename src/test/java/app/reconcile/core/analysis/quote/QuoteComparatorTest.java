package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.value.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteComparatorTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            that is a valid offense in law            | that is a valid offence in law            | COMPATIBLE
            the data center is the foundation         | the datacenter is the foundation          | COMPATIBLE
            we will organise the talks soon           | we will organize the talks soon           | COMPATIBLE
            the centre of the city was calm           | the center of the city was calm           | COMPATIBLE
            the meeting was quite useful and constructive | the meeting was very useful and constructive | CONFLICT
            not in his dna to stay in jail            | not in his dna to stay in prison          | CONFLICT
            the prices will rise in june              | the prices will rise in july              | CONFLICT
            by rolling back this eleventh-hour regulation | by rolling back this 11th hour regulation | COMPATIBLE
            we lost twelve men in the attack          | we lost 12 men in the attack              | COMPATIBLE
            by rolling back this eleventh-hour regulation we restore the protections of the law | by rolling back this 11 th hour regulation we restore the protections of the law | COMPATIBLE
            we lost twelve men in the attack          | we lost 13 men in the attack              | CONFLICT
            """)
    void spellingsOfOneWordAreNoChangeOfWording(String a, String b, Relation expected) {
        assertThat(new QuoteComparator().relate(words(a), words(b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            if there was any more i could give you i would | if i could give you more i would          | CONFLICT
            we will rebuild the bridge by june             | the mayor said she will resign today       | INCOMPARABLE
            it is what it is and we move on                | it is not over and we will fight on        | INCOMPARABLE
            """)
    void theSameWordsInAnotherOrderAreARewording(String a, String b, Relation expected) {
        assertThat(new QuoteComparator().relate(words(a), words(b))).isEqualTo(expected);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.strip().split(" "));
    }
}
