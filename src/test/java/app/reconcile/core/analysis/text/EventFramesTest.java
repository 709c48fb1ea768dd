package app.reconcile.core.analysis.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventFramesTest {
    private final EventFrames frames = new EventFrames(new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Fourteen people died when a ferry overturned.            | Fourteen   | @death
            Fifteen people were killed after the ferry capsized.      | Fifteen    | @death
            Rescuers pulled 187 people from the water.                | 187        | @rescue
            Coast guard vessels rescued 178 people.                   | 178        | @rescue
            Eleven people were still missing on Monday.               | Eleven     | @missing
            Tavares conceded at 9:15 p.m. in a statement.             | 9:15 p.m.  | @conced
            The boat overturned in rough seas at about 11:45 a.m.     | 11:45 a.m. | @capsize
            Fourteen people drowned when the bridge gave way.         | Fourteen   | @death
            Iraqi authorities arrested six officials on Wednesday.    | six        | @arrest
            The motion passed with 187 MPs voting in favour.          | 187        | @vote
            Some of the men had been trapped for 18 hours.            | 18 hours   | @trapped
            The minister arrived at 9:30 p.m. with his delegation.    | 9:30 p.m.  | @arrive
            He flew home at the end of a three-day visit.             | three-day  | @visit
            A court sentenced two contractors to seven years.         | two        | @sentence
            Shares fell 6.2% by midday.                               | 6.2%       | @fall
            Inflation climbed to 3.6% in June.                        | 3.6%       | @rise
            The death toll rose to 31 on Monday.                      | 31         | @death
            Five officials from the roads department, including two engineers, have been arrested. | Five | @arrest
            The group's stock sagged 8% in late trading.               | 8%         | @fall
            Its shares dived more than 4 percent on Friday.            | more than 4 percent | @fall
            Traders drove the stock down about 5% after the warning.   | about 5%   | @fall
            Shares in the lender sank 9% by midday.                    | 9%         | @fall
            The firm's shares soared 12% on the news.                  | 12%        | @rise
            Tablets, a 31 percent unit increase, led the gains.        | 31 percent | @rise
            The ferry sank 2 km off the coast.                         | 2          | @capsize
            The stock lost 3% in early trading.                        | 3%         | @fall
            It cut prices 10% across the board.                        | 10%        | @fall
            The airline said it would cut 1,800 jobs.                  | 1,800      | @jobcut
            About 4,300 houses were flooded.                           | About 4,300 | @flood
            Around 3,400 homes were submerged.                         | Around 3,400 | @flood
            The district recorded 600 mm of rain.                      | 600        | @record
            The district received 450 mm of rain.                      | 450        | @record
            Inflation slowed to 1.5 percent in January.                | 1.5 percent | @fall
            Police said a gunman fired 11 shots at the crowd.          | 11         | @shoot
            A study of 12,400 children found gaps.                     | 12,400     | @study
            Members won a wage increase of 5.4 percent.                | 5.4 percent | @rise
            The party won 32.4% of the vote on Sunday.                 | 32.4%      | @vote
            About 3,200 workers had walked out on Monday.              | About 3,200 | @walkout
            The deal gives the roughly 3,800 strikers a raise.         | roughly 3,800 | @walkout
            It came first with 31.4 percent of the ballots.            | 31.4 percent | @vote
            Flooding caused 40% of all deaths in the region.           | 40%        | @death
            The deal, a pay rise of 4.5 per cent, was backed.          | 4.5 per cent | @rise
            The government has ordered 1.2 million doses.              | 1.2 million | @buy
            The ministry said it had bought 2.1 million doses.         | 2.1 million | @buy
            The outbreak has infected 4,218 people.                    | 4,218      | @infect
            The gunfire erupted at 1:15 a.m. outside the bar.          | 1:15 a.m.  | @occur
            The court hearing began at 9:30 a.m. on Monday.            | 9:30 a.m.  | @court
            The handover was carried out at 11 a.m. on the border.     | 11 a.m.    | @occur
            The handover took place at about 10 a.m. local time.       | 10 a.m.    | @occur
            About 10,000 people rallied outside parliament.            | About 10,000 | @protest
            About 10,000 demonstrators gathered in front of parliament. | About 10,000 | @protest
            Some 15,000 protesters filled the avenue.                  | Some 15,000 | @protest
            Police detained 45 protesters overnight.                   | 45         | @arrest
            He was captured and held for 481 days.                     | 481 days   | @captivity
            Shares rallied 5% in early trading.                        | 5%         | @rise
            It ended a walkout that began on Feb. 17.                  | Feb. 17    | @start
            The strike started on 19 February.                         | 19 February | @start
            A crowd of 82,000 watched the final.                       | 82,000     | @attend
            He scored in front of 78,500 supporters.                   | 78,500     | @attend
            He won it with a header in the 89th minute.                | 89th       | @goal
            Park had opened the scoring in the 25th minute.            | 25th       | @goal
            He was the hero, heading home in the 87th minute.          | 87th       | @goal
            About 3,500 people were evacuated from 11 villages.        | 11         | @evacuate
            Residents of nine villages were ordered to leave.          | nine       | @evacuate
            About 2,000 people fled the flames overnight.              | 2,000      | @evacuate
            The airline ordered 12 new jets on Monday.                 | 12         | @buy
            """)
    void theVerbOrEventNounNextToAValueGivesItsFrame(String sentence, String value, String frame) {
        int from = sentence.indexOf(value);
        boolean adverbial = value.contains(":") || value.contains(".m.") || value.contains("Feb");

        assertThat(frames.around(sentence, from, from + value.length(), adverbial)).contains(frame);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            The death toll from the magnitude 6.8 earthquake rose.   | 6.8
            Turnout was 68 percent, officials said.                   | 68
            """)
    void aCountBeyondAPrepositionOrWithoutAVerbHasNoTableFrame(String sentence, String value) {
        int from = sentence.indexOf(value);

        assertThat(frames.around(sentence, from, from + value.length(), false)).noneMatch(EventFrames::isTableFrame);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The fire, which broke out on Sunday, spread fast.          | Sunday     | @outbreak
            A wildfire that broke out on Saturday burned on.           | Saturday   | @outbreak
            """)
    void aDayToldWithTheVerbOfAnOutbreakIsAnOutbreak(String sentence, String value, String frame) {
        int from = sentence.indexOf(value);

        assertThat(frames.around(sentence, from, from + value.length(), true)).contains(frame);
    }

    @ParameterizedTest(name = "{0} [{1}] not {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The team broke the record on Sunday.                       | Sunday     | @outbreak
            """)
    void breakingWithoutOutIsNoOutbreak(String sentence, String value, String frame) {
        int from = sentence.indexOf(value);

        assertThat(frames.around(sentence, from, from + value.length(), true)).doesNotContain(frame);
    }

    @ParameterizedTest(name = "{0} [{1}] not {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The train derailed, killing at least 115 and injuring about 150 people. | at least 115 | @injury
            Four people lost their lives and 20 were hurt.                           | Four         | @fall
            Nine protesters were taken to hospital and 45 protesters were detained.  | 45           | @protest
            In 2023 Poland was ordered to pay 500,000 euros a day.                   | 500,000      | @buy
            """)
    void aFrameBeyondAConjunctionOrOfAnotherSenseIsNotTheValues(String sentence, String value, String frame) {
        int from = sentence.indexOf(value);

        assertThat(frames.around(sentence, from, from + value.length(), false)).doesNotContain(frame);
    }
}
