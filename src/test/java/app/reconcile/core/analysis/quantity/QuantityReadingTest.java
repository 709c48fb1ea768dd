package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How amounts of news copy are read: pence, currency words, votes, parts of a whole, clock times. */
class QuantityReadingTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It will pay an interim dividend of 4.2p a share.      | 4.2p              | GBP 0.042
            It kept its dividend at 4.2 pence per share.          | 4.2 pence         | GBP 0.042
            The province would pay 10m dinars to each family.     | 10m dinars        | DINAR 10000000
            Fines reached 2 billion naira last year.              | 2 billion naira   | NGN 2000000000
            It will cost 2 to 3 million dollars.                  | 2 to 3 million dollars | USD 2000000-3000000
            HP will pay $12 billion to $13 billion for EDS.       | $12 billion to $13 billion | USD 12000000000-13000000000
            """)
    void moneyIsReadToItsCurrency(String text, String value, String canonical) {
        assertThat(find(text, value).value().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It set aside ₱1.2 billion for severance pay.                              | ₱1.2 billion     | PESO 1200000000
            It cut its key rate by 25 basis points on Thursday.                      | 25 basis points  | 0.25 pp
            It reduced the rate by 50 bps to 4.25 percent.                           | 50 bps           | 0.5 pp
            It cut the rate by a quarter of a percentage point to 4 per cent.        | a quarter of a percentage point | 0.25 pp
            It raised rates by half a percentage point.                              | half a percentage point | 0.5 pp
            The spread widened by 1.5 percentage points.                             | 1.5 percentage points | 1.5 pp
            """)
    void ratesChangeByPointsAndPesosBySign(String text, String value, String canonical) {
        assertThat(find(text, value).value().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Two F-16 jets escorted the plane.                    | Two
            The COVID-19 rules were lifted for 40 days.          | 40 days
            A Su-27 fighter and 3 drones were seen.              | 3
            Her mid-30s were spent in Kyiv with 12 colleagues.   | 12
            """)
    void theNumberOfADesignationIsNoQuantity(String text, String onlyQuantity) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        assertThat(found).extracting(Candidate::text).contains(onlyQuantity)
                .noneMatch(t -> t.equals("16") || t.equals("19") || t.equals("27"));
    }

    @ParameterizedTest(name = "{0} [{1}] counts {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The motion passed with 187 MPs voting in favour.      | 187  | vote
            It approved the inquiry by 178 votes to 41.          | 178  | vote
            It will close 45 of its 310 shops.                    | 45   | stor
            It will close 45 of its 310 shops.                    | 310  | stor*whole
            Cases were found in six of the country's nine regions. | nine | region*whole
            Six regions have reported cases.                      | Six  | region
            It was the bank's fifth straight cut.                 | fifth | cut
            It was the fifth consecutive reduction.               | fifth | cut
            The outbreak has infected 4,218 people since October. | 4,218 | case
            About 300 people were infected in the city.           | About 300 | case
            It has killed 40 people since October.                | 40    | person
            It cites a study of 14,200 children led by a doctor.  | 14,200 | child
            It will close 40 stores next year.                    | 40   | stor
            He led a delegation of 45 Egyptian business leaders.  | 45   | leader
            The two sides signed seven agreements yesterday.      | seven | agreement
            Rescuers reached them after 18 hours behind fallen rock. | 18 hours | ''
            Rescuers pulled 32 people alive from the water.       | 32   | person
            Some 300 families living nearby were evacuated.       | Some 300 | famili
            "He called me," said Hussein Kadhim, 34.              | 34   | age
            At least 21 people have died, three of them children. | three | child
            The storm killed 19, while 11 remain missing.         | 11   | person
            Nineteen were killed and 14 more are missing.         | 14   | person
            Gunmen killed 30 soldiers and wounded 12 on Sunday.   | 12   | soldier
            Some 23,000 residents were evacuated on Friday.       | Some 23,000 | person
            Around 3,400 homes were submerged.                    | Around 3,400 | hous
            A crowd of 82,000 watched the final.                  | 82,000 | person
            It was played in front of 78,500 supporters.          | 78,500 | person
            More than 80,000 fans saw the final.                  | More than 80,000 | person
            There were also two fatalities in the north.          | two  | death
            """)
    void theCountedThingOfNewsPhrases(String text, String value, String thing) {
        assertThat(find(text, value).thing()).isEqualTo(thing);
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Two dozen families were moved out.                     | Two dozen          | 24
            Half a dozen boats were lost.                          | Half a dozen       | 6
            About a dozen people were hurt.                        | About a dozen      | ~12
            """)
    void dozensAreCountedWhole(String text, String value, String canonical) {
        assertThat(find(text, value).value().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}: no count")
    @CsvSource(delimiter = '|', textBlock = """
            Last updated 11:05, UK
            Last updated 09.14 BST
            The crash happened at 7.40pm.
            """)
    void clockTimesAreNoCounts(String text) {
        assertThat(quantities.extract(new Sentence(0, 0, 0, 0, text), List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Profit fell to £412m, down from £508m a year earlier.  | £508m
            Sales were £3bn, against £2.8bn a year ago.            | £2.8bn
            """)
    void anAmountOfAYearEarlierIsNoRate(String text, String value) {
        assertThat(find(text, value).thing()).isNotEqualTo("per-year");
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}, counts {3}")
    @CsvSource(delimiter = '|', textBlock = """
            It forecast earnings of between $1.50 and $1.60 a share.   | $1.50 and $1.60 | USD 1.5-1.6 | earn
            It expected earnings of $1.55 to $1.65 per share.          | $1.55 to $1.65  | USD 1.55-1.65 | earn
            The trip will take between 24 and 36 hours.               | 24 and 36 hours | 24 h-36 h      | ''
            """)
    void aRangeMayRepeatItsCurrencyOrBeToldWithBetween(String text, String value, String canonical, String thing) {
        Candidate c = find(text, value);
        assertThat(c.value().canonical()).isEqualTo(canonical);
        assertThat(c.thing()).isEqualTo(thing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police arrested 12 and 7 more were detained.              | 12
            It paid $3 and $4 for the two tickets.                    | $3
            """)
    void andJoinsTheEndsOfARangeOnlyAfterBetween(String text, String first) {
        assertThat(find(text, first).value().canonical()).doesNotContain("-");
    }

    @ParameterizedTest(name = "{0} [{1}] counts {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Rahman, a two-time former heavyweight champion, lost.  | two | champion
            She is a four-time Olympic medallist from Kenya.       | four | medallist
            """)
    void aTimesCountHyphenatedToItsHolderCountsWhatTheyWere(String text, String value, String thing) {
        assertThat(find(text, value).thingWord()).isEqualTo(thing);
    }

    @org.junit.jupiter.api.Test
    void timeAfterAWordThatIsNoNumberIsNoCount() {
        assertThat(quantities.extract(new Sentence(0, 0, 0, 0, "She works full-time and he part-time."), List.of()))
                .isEmpty();
    }

    private Candidate find(String text, String value) {
        return quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()).stream()
                .filter(c -> c.text().equals(value)).findFirst().orElseThrow(() -> new AssertionError(value + " not read"));
    }
}
