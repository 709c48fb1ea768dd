package app.reconcile.core.analysis.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a sentence attributes its figures to: the name before a verb of saying, after a comma or at the start. */
class SourcesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ukraine has brought home 157 people, the Coordination Headquarters for the Treatment of Prisoners of War reported on Feb. 5. | the Coordination Headquarters for the Treatment of Prisoners of War
            Ukraine's Coordination Headquarters said it was the 62nd exchange.       | Ukraine's Coordination Headquarters
            Riot police fired tear gas, Reuters witnesses said.                       | Reuters witnesses
            The Russian Ministry of Defence said on February 5 that 157 had returned. | The Russian Ministry of Defence
            """)
    void theNameBeforeAVerbOfSayingIsASource(String sentence, String source) {
        List<int[]> ranges = Sources.in(sentence, 0);

        assertThat(ranges).hasSize(1);
        assertThat(sentence.substring(ranges.get(0)[0], ranges.get(0)[1]).trim()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police put the crowd at 8,000, while organisers said 60,000 people had taken part.
            Two were killed in Kyiv and three in Odesa, police said.
            Nino, a 23-year-old student who declined to give her surname, said she had come every night.
            Twelve people died in Kyiv on Monday.
            """)
    void aVerbOfSayingAfterOtherWordsHasNoNamedSource(String sentence) {
        assertThat(Sources.in(sentence, 0)).isEmpty();
    }
}
