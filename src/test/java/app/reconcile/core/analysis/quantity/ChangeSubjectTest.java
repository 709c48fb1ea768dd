package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A figure that is the size or end point of a change counts the thing named before the change verb. */
class ChangeSubjectTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}] measures {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares fell 6.2% by midday.                                       | 6.2%               | shar
            Shares in the group dropped 6.4% to 212 pence.                    | 6.4%               | shar
            Its shares were down 6.2% in afternoon trading.                   | 6.2%               | shar
            Consumer confidence was hit by inflation, which rose to 3.8% in June. | 3.8%           | inflation
            Revenue rose 2.1% to £3.1bn, helped by online sales.              | £3.1bn             | revenu
            Pre-tax profit had fallen to £412 million in the first half.      | £412 million       | profit
            Net debt stood at £1.2bn at the end of the period.                | £1.2bn             | debt
            The Bank of England cut interest rates to 4% on Thursday.         | 4%                 | rate
            The bank lowered its benchmark rate to 4 per cent.                | 4 per cent         | rate
            Turnout was 68 percent, officials said.                           | 68 percent         | turnout
            The group's stock sagged 8% in late trading.                      | 8%                 | shar
            Shares of the country's largest online grocer dived more than 4 percent on Friday. | more than 4 percent | shar
            Nervous traders drove the stock down about 5% after the warning.  | about 5%           | shar
            Its shares edged up 2% by noon.                                   | 2%                 | shar
            The airline's shares plummeted 12% to a record low.               | 12%                | shar
            Exports sank 3 percent in May.                                    | 3 percent          | export
            The firm sold 2.3 million tablets, up 14 percent from a year ago. | 14 percent         | tablet
            It shipped 6.1 million Pixels, a 31 percent unit increase.       | 31 percent         | pixel
            The economy expanded 5.6 per cent in the final quarter.          | 5.6 per cent       | economi
            Inflation slowed to 1.5 percent in January.                      | 1.5 percent        | inflation
            The bank lowered the rate on its overnight reverse repurchase facility to 4.25% from 4.50%. | 4.25% | rate
            It cut the rate on its overnight borrowing facility by a quarter of a percentage point to 4.0 per cent. | 4.0 per cent | rate
            It reduced its key policy rate by 50 basis points to 4.25 percent. | 4.25 percent     | rate
            Consumer prices rose 1.9 per cent in January.                    | 1.9 per cent       | inflation
            Oil prices rose 3% on Monday.                                     | 3%                 | pric
            The company said net income for its fourth quarter reached $24.1bn. | $24.1bn         | incom
            Sales for the whole of last year rose 4%.                         | 4%                 | sale
            """)
    void theSubjectOrObjectOfAChangeIsTheCountedThing(String text, String value, String thing) {
        assertThat(thingOf(text, value)).isEqualTo(thing);
    }

    @ParameterizedTest(name = "{0} [{1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Inflation eased to 1.9% in January.                               | 1.9%            | @fall
            The central bank cut its key rate by 25 basis points.             | 25 basis points | @fall
            The economy expanded 5.6 per cent in the final quarter.          | 5.6 per cent    | @rise
            Nervous traders drove the stock down about 5% after the warning.  | about 5%        | @fall
            Net income for the quarter reached $24.1bn.                       | $24.1bn         | @rise
            """)
    void theVerbOfTheChangeTellsItsDirection(String text, String value, String frame) {
        assertThat(quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()).stream()
                .filter(c -> c.text().equals(value)).findFirst().orElseThrow().keys()).contains(frame);
    }

    @ParameterizedTest(name = "{0} [{1}]: nothing counted")
    @CsvSource(delimiter = '|', textBlock = """
            The toll from the collapse on Tuesday has risen to 14, officials said. | 14
            Sales, which strip out new stores, rose 1.8%.                          | 1.8%
            Meanwhile, up 4% on the day, the index closed higher.                  | 4%
            """)
    void aNameOrAClauseBeforeTheVerbIsNoSubject(String text, String value) {
        assertThat(thingOf(text, value)).isEmpty();
    }

    private String thingOf(String text, String value) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());
        return found.stream().filter(c -> c.text().equals(value)).findFirst().orElseThrow().thing();
    }
}
