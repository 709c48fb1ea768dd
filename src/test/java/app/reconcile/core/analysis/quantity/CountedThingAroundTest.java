package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a value counts when the noun is not simply the last word of the run after it. */
class CountedThingAroundTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}] counts {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Fourteen people died when a ferry overturned.             | Fourteen  | person
            A magnitude 7.0 earthquake shook the south of Peru.      | 7.0       | earthquak
            A 7.0-magnitude earthquake struck the coast.             | 7.0       | earthquak
            Lopes, 47, takes office on Jan. 1.                       | 47        | age
            The company expects savings of SEK 3 billion per year.   | SEK 3 billion | sav
            Lopes had 412,870 votes against 347,512 for Tavares.     | 347,512   | vote
            It would cut 4,500 jobs worldwide.                       | 4,500     | job
            The driver of the second train, aged 52, was detained.   | 52        | age
            It must pay a further €1m (£850,000) a day until it complies. | €1m  | per-day
            It must pay 1 million euros for each day of delay.       | 1 million euros | per-day
            Workers accepted a 4.5% pay rise.                        | 4.5%      | increas
            Strikers won a wage increase of 5.4 percent.             | 5.4 percent | increas
            Nurses were offered a raise of 3% this year.             | 3%        | increas
            About 3,800 strikers returned on Monday.                 | About 3,800 | worker
            Only 36.7% of registered voters cast a ballot.           | 36.7%     | turnout
            Turnout was 38.7%, the lowest on record.                 | 38.7%     | turnout
            About 61% of eligible voters turned out on Sunday.       | About 61% | turnout
            Some 60% of voters backed the plan.                      | Some 60%  | voter
            The central bank cut rates for a fifth time.             | fifth     | cut
            It was the bank's fifth straight cut.                    | fifth     | cut
            The bank lowered rates for the fifth time.               | fifth     | cut
            Bulgarians voted for the seventh time in four years.     | seventh   | election
            It was the seventh election in four years.               | seventh   | election
            The bank held rates at its fifth straight meeting.       | fifth     | meet
            She apologised for the fifth time.                       | fifth     | time
            Some 15,000 protesters filled the avenue.                | Some 15,000 | person
            About 10,000 demonstrators gathered outside parliament.  | About 10,000 | person
            Emaciated, 153 Ukrainians returned home on Thursday.     | 153       | person
            Three Americans were among the dead.                     | Three     | person
            """)
    void theCountedThingIsReadAroundTheValue(String text, String value, String thing) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());

        assertThat(found).filteredOn(c -> c.text().equals(value)).singleElement()
                .extracting(Candidate::thing).isEqualTo(thing);
    }

    @ParameterizedTest(name = "{0} [{1}] belongs to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The driver of the second train, aged 52, was detained.   | 52      | ^drive
            The 55-year-old driver of the second train was detained. | 55-year | ^drive
            The youngest of the victims was 24, the oldest 51.       | 24      | ^young
            Among the dead is a 22-year-old apprentice, the youngest victim. | 22-year | ^young
            The oldest victim was 87.                                 | 87      | ^oldes
            """)
    void anAgeBelongsToTheRoleItIsTold(String text, String value, String holder) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());

        assertThat(found).filteredOn(c -> c.text().equals(value)).singleElement()
                .extracting(Candidate::keys).asList().contains(holder);
    }

    @ParameterizedTest(name = "{0}: no role")
    @CsvSource(delimiter = '|', textBlock = """
            A 47-year-old man was arrested on Friday.
            The victim, aged 19, was taken to hospital.
            """)
    void aGenericPersonIsNoRole(String text) {
        List<Candidate> found = quantities.extract(new Sentence(0, 0, 0, 0, text), List.of());

        assertThat(found).allSatisfy(c -> assertThat(c.keys()).noneMatch(k -> k.startsWith("^")));
    }
}
