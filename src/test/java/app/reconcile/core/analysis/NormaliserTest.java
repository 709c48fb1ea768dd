package app.reconcile.core.analysis;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.date.DateExtractor;
import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.quantity.QuantityExtractor;
import app.reconcile.core.analysis.quote.QuoteComparator;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisers, as tables: surface text in, canonical value (and what it counts) out. */
class NormaliserTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());
    private final DateExtractor dates = new DateExtractor();

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, 0, 0, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            twelve                 | 12
            Four                   | 4
            twenty-five            | 25
            twenty five            | 25
            a dozen                | 12
            three-and-a-half       | 3.5
            one hundred and five   | 105
            fifth                  | 5
            """)
    void spelledOutNumbersAreReadWhole(String words, double expected) {
        assertThat(new NumberWords().parse(words)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the strike, injuring 12.                     | 12                | person
            the energy needs of 1.4 billion people.      | 1400000000        | person
            firing 6,443 drones and missiles.            | 6443              | dron
            Four of the injured were children.           | 4                 | child
            an additional 25 percent tariff on India.    | 25%               | tariff
            imposing a 25% tariff on Indian imports.     | 25%               | tariff
            rose by more than 4% following the news.     | >4%               | ''
            the US approved $200m in aid.                | USD 200000000     | ''
            a further $200 million in military aid.      | USD 200000000     | ''
            approved £150m in aid.                       | GBP 150000000     | ''
            to reach 90.50 roubles.                      | RUB 90.5          | ''
            the roughly three-hour meeting.              | ~3 h              | meet
            spent approximately 90 minutes there.        | ~90 min           | ''
            gave Russia a 50-day ultimatum.              | 50 d              | ultimatum
            in the next 24 to 36 hours whether.          | 24 h-36 h         | ''
            This marks the fifth visit to Moscow.        | 5th               | visit
            """)
    void quantitiesAreNormalisedWithWhatTheyCount(String text, String value, String thing) {
        List<Candidate> found = quantities.extract(sentence(text), List.of());
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).value().canonical()).isEqualTo(value);
        assertThat(found.get(0).thing()).isEqualTo(thing);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a three-way meeting.           
            the full-scale invasion in 2022.
            one of the leaders said.
            """)
    void adjectivesPronounsAndYearsAreNotQuantities(String text) {
        assertThat(quantities.extract(sentence(text), List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            talks on August 6 in Moscow.      | 2025-08-06
            talks on 6 August in Moscow.      | 2025-08-06
            talks on Aug. 6 in Moscow.        | 2025-08-06
            talks on Wednesday in Moscow.     | 2025-08-06
            the deadline on Friday passed.    | 2025-08-08
            met in Geneva in June 2021.       | 2021-06
            met in Geneva in 2021.            | 2021
            concluded around 2:40 p.m. there. | 14:40
            crashed at about 11:42 local time. | 11:42
            crashed at 09:42 GMT on Friday.   | 09:42 GMT
            """)
    void datesResolveAgainstTheArticleDate(String text, String value) {
        List<Candidate> found = dates.extract(sentence(text), LocalDate.of(2025, 8, 7));
        assertThat(found).extracting(c -> c.value().canonical()).contains(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            roughly three-hour meeting. | three-hour meeting.        | COMPATIBLE
            more than 4% higher.        | 4.1% higher.               | COMPATIBLE
            injuring 12 people.         | injuring twelve people.    | SAME
            four people.                | two people.                | CONFLICT
            $200m in aid.               | $200 million in aid.       | SAME
            up to 50 percent.           | 40 percent.                | COMPATIBLE
            at least 32 people.         | at least 34 people.        | CONFLICT
            at least 32 people.         | more than 32 people.       | COMPATIBLE
            at least 34 people.         | 40 people.                 | COMPATIBLE
            """)
    void quantityRelations(String a, String b, Relation expected) {
        var va = quantities.extract(sentence(a), List.of()).get(0).value();
        var vb = quantities.extract(sentence(b), List.of()).get(0).value();
        assertThat(va.relate(vb)).isEqualTo(expected);
    }

    @Test
    void aTimeInANamedZoneIsIncomparableWithLocalTime() {
        LocalDate d = LocalDate.of(2025, 8, 7);
        var local = dates.extract(sentence("crashed at 11:24 a.m. there."), d).get(0).value();
        var gmt = dates.extract(sentence("crashed at 09:42 GMT there."), d).get(0).value();
        assertThat(local.relate(gmt)).isEqualTo(Relation.INCOMPARABLE);
    }

    @Test
    void aBareColonNumberIsNotATime() {
        assertThat(dates.extract(sentence("The home side won the tie 11:42 on aggregate."), LocalDate.of(2025, 8, 7)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            met in June 2021.   | met in 2021.          | COMPATIBLE
            on August 6 there.  | on Wednesday there.   | SAME
            on August 6 there.  | on August 7 there.    | CONFLICT
            """)
    void dateRelations(String a, String b, Relation expected) {
        LocalDate d = LocalDate.of(2025, 8, 7);
        var va = dates.extract(sentence(a), d).get(0).value();
        var vb = dates.extract(sentence(b), d).get(0).value();
        assertThat(va.relate(vb)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            quite useful and constructive                     | very useful and constructive                    | CONFLICT
            useful and constructive                           | quite useful and constructive                   | COMPATIBLE
            we will work toward that in the days              | we will work towards that in the days           | COMPATIBLE
            cooperation between the US and Russia today       | cooperation between the United States and Russia today | COMPATIBLE
            the war must end now                              | the war must end now                            | SAME
            this is a sad day for every family                | this is a painful day for every family and those responsible will pay | CONFLICT
            this is a painful day for every family            | this is a painful day for every family and those responsible will pay | COMPATIBLE
            the war must end now                              | the war must end now and the guns fall silent   | COMPATIBLE
            """)
    void quoteRelations(String a, String b, Relation expected) {
        assertThat(new QuoteComparator().relate(words(a), words(b))).isEqualTo(expected);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.toLowerCase().split("\\s+"));
    }
}
