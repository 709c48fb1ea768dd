package app.reconcile.core.analysis.cluster;

import app.reconcile.core.analysis.text.LightStemmer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleClustersTest {
    private static final String FERRY_1 = "A ferry capsized off Basilan on Sunday, killing 14 people. The coast guard "
            + "rescued 187 passengers from the water near Zamboanga.";
    private static final String FERRY_2 = "Fifteen people died when a ferry overturned near Basilan island. Coast guard "
            + "vessels rescued 178 passengers, officials in Zamboanga said.";
    private static final String QUAKE_1 = "A magnitude 7.0 earthquake shook southern Peru, killing nine people near "
            + "Chala in the Arequipa region, the emergency institute said.";
    private static final String QUAKE_2 = "The quake struck Arequipa before dawn; nine people died in Chala and "
            + "homes collapsed across the region of southern Peru.";

    private final ArticleClusters clusters = new ArticleClusters(new LightStemmer());

    @Test
    void reportsOfTwoEventsFormTwoGroups() {
        assertThat(clusters.cluster(List.of(FERRY_1, QUAKE_1, FERRY_2, QUAKE_2)))
                .containsExactly(List.of(0, 2), List.of(1, 3));
    }

    @Test
    void reportsOfOneEventFormOneGroup() {
        assertThat(clusters.cluster(List.of(FERRY_1, FERRY_2))).containsExactly(List.of(0, 1));
    }

    @Test
    void anArticleSharingNoRareWordsStaysAlone() {
        assertThat(clusters.cluster(List.of(FERRY_1, FERRY_2, "Completely unrelated gardening tips for tomatoes.")))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void anArticleBelowEveryPairwiseLinkJoinsTheGroupWhoseCentroidItMatches() {
        // A·B = 0.20 links the two reports; the loner L meets each at 0.18 (no link) but their centroid at 0.23
        Map<String, Double> a = Map.of("flood", 0.45, "levee", 0.893);
        Map<String, Double> b = Map.of("flood", 0.45, "pumps", 0.893);
        Map<String, Double> loner = Map.of("levee", 0.2, "pumps", 0.2, "mud", 0.959);
        Map<String, Double> other = Map.of("ferry", 1.0);

        List<List<Integer>> groups = ArticleClusters.attachLoners(
                List.of(List.of(0, 1), List.of(2), List.of(3)), List.of(a, b, loner, other));

        assertThat(groups).containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void aLonerBelowTheCentroidThresholdStaysAlone() {
        Map<String, Double> a = Map.of("flood", 0.45, "levee", 0.893);
        Map<String, Double> b = Map.of("flood", 0.45, "pumps", 0.893);
        Map<String, Double> loner = Map.of("levee", 0.15, "pumps", 0.15, "mud", 0.977);

        assertThat(ArticleClusters.attachLoners(List.of(List.of(0, 1), List.of(2)), List.of(a, b, loner)))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void twoReportsOfOneEventAloneInAFolderStillWeighTheWordsTheyShare() {
        // six event words shared, ten words of each report its own: with a plain IDF (N = 2) the shared words
        // weigh ln 2 against ln 3 and the pair measures 0.19; as a sample of 20 documents it measures 0.27
        String a = "Halvorsen Ortuzar Tromso salmon quotas talks: minister frank useful fishing restore wanted "
                + "Tuesday Norway counterpart Chilean.";
        String b = "Halvorsen Ortuzar Tromso salmon quotas talks: dispute ministry agreed hours met continue export "
                + "licences commission March.";

        assertThat(clusters.similarities(List.of(a, b))[0][1]).isGreaterThanOrEqualTo(ArticleClusters.THRESHOLD);
        assertThat(clusters.cluster(List.of(a, b))).containsExactly(List.of(0, 1));
    }
}
