package app.reconcile.core.analysis.quantity;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two short reports of one mine blast (written for this test): one gives the depth in kilometres, the other in
 * metres, and the two differ on the length of a gallery.
 */
class MeasurementsEndToEndTest {
    private static final String REPORT_A = """
            Mine blast kills nine in Poland
            RYBNIK, 5 November 2025 - A methane explosion tore through a coal mine in southern Poland on Wednesday \
            at a depth of 1.2 km, killing nine miners.
            Rescuers searched a gallery that stretches 500 metres from the main shaft, officials said.
            """;
    private static final String REPORT_B = """
            Nine miners die in Polish coal mine
            RYBNIK, 5 November 2025 - Nine miners were killed when methane exploded in a coal mine in southern \
            Poland on Wednesday at a depth of 1,200m.
            Rescuers searched a gallery that stretches 300 metres from the main shaft, officials said.
            """;

    private final List<Fact> facts = new Analyzer().findFacts(List.of(new Article("a", "a.txt", "", REPORT_A),
            new Article("b", "b.txt", "", REPORT_B)), ProgressMonitor.NONE);

    @Test
    void aDepthInKilometresAgreesWithTheSameDepthInMetres() {
        Fact depth = factWith("1.2 km");
        assertThat(depth.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(depth.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("1.2 km", "1,200m");
        assertThat(depth.mentions()).extracting(Mention::value).containsOnly("1200 m");
    }

    @Test
    void twoLengthsOfOneGalleryConflict() {
        Fact gallery = factWith("500 metres");
        assertThat(gallery.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(gallery.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("500 metres", "300 metres");
    }

    private Fact factWith(String text) {
        return facts.stream().filter(f -> f.mentions().stream().anyMatch(m -> m.text().equals(text))).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is in no fact: " + facts));
    }
}
