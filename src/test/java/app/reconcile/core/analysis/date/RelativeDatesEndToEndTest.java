package app.reconcile.core.analysis.date;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two dated articles, one telling the date relatively: the engine compares the resolved dates. */
class RelativeDatesEndToEndTest {
    private final Analyzer analyzer = new Analyzer();

    @Test
    void lastMonthAgreesWithTheMonthItStandsFor() {
        List<Fact> facts = analyze("""
                Harwell van sales slump
                LONDON, 7 August 2025 - Harwell Motors said sales of its electric delivery vans fell sharply last \
                month, hurt by weaker demand from parcel firms in Germany and France.
                The company, which builds the vans at a plant near Oxford, employs about 4,000 people.
                Its shares closed 3% lower in London.
                """, """
                Harwell Motors sees van demand weaken
                BERLIN, 7 August 2025 - Sales of electric delivery vans made by Harwell Motors fell sharply in July, \
                the carmaker said, blaming weaker demand from parcel firms in Germany.
                Analysts had expected a smaller decline after a strong spring.
                The British group plans to launch a cheaper model next year.
                """);

        Fact month = dateFactWith(facts, "last month");
        assertThat(month.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("last month", "July");
        assertThat(month.verdict()).isIn(Verdict.AGREE, Verdict.COMPATIBLE);
        assertThat(facts).noneMatch(f -> f.kind() == FactKind.DATE && f.verdict() == Verdict.CONFLICT);
    }

    /** Thursday's "yesterday" is Wednesday 6 August; the other article says Tuesday 5 August. */
    @Test
    void yesterdayContradictsADifferentWeekday() {
        List<Fact> facts = analyze("""
                Fire at Harwell van plant
                LONDON, 7 August 2025 - A fire broke out at the Harwell Motors van plant near Oxford yesterday, \
                forcing the evacuation of 300 workers, the fire service said.
                Nobody was hurt, and production is expected to resume next week.
                The cause of the blaze is being investigated.
                """, """
                Blaze forces evacuation at Harwell plant
                OXFORD, 7 August 2025 - A fire broke out at the Harwell Motors van plant near Oxford on Tuesday, \
                forcing the evacuation of 300 workers, the fire service said.
                Twelve fire engines were sent to the site.
                The company said it would assess the damage.
                """);

        Fact day = dateFactWith(facts, "yesterday");
        assertThat(day.mentions()).extracting(Mention::value).containsExactlyInAnyOrder("2025-08-06", "2025-08-05");
        assertThat(day.verdict()).isEqualTo(Verdict.CONFLICT);
    }

    /** Pages from the web seldom have a dateline; their metadata's publication date anchors "yesterday". */
    @Test
    void aPagesPublicationDateAnchorsYesterdayWhenItsTextHasNoDate() {
        LocalDate thursday = LocalDate.of(2025, 8, 7);
        List<Fact> facts = analyzer.findFacts(List.of(
                new Article("a1", "The Harbour Times", "", """
                        Fire at Harwell van plant
                        A fire broke out at the Harwell Motors van plant near Oxford yesterday, forcing the \
                        evacuation of 300 workers, the fire service said.
                        Nobody was hurt, and production is expected to resume next week.
                        """, "https://harbour.example/fire", thursday),
                new Article("a2", "Coastal Daily", "", """
                        Blaze forces evacuation at Harwell plant
                        A fire broke out at the Harwell Motors van plant near Oxford on Tuesday, forcing the \
                        evacuation of 300 workers, the fire service said.
                        Twelve fire engines were sent to the site.
                        """, "https://coastal.example/blaze", thursday)), ProgressMonitor.NONE);

        Fact day = dateFactWith(facts, "yesterday");
        assertThat(day.mentions()).extracting(Mention::value).containsExactlyInAnyOrder("2025-08-06", "2025-08-05");
    }

    private List<Fact> analyze(String first, String second) {
        return analyzer.findFacts(List.of(new Article("a1", "a1.txt", "", first),
                new Article("a2", "a2.txt", "", second)), ProgressMonitor.NONE);
    }

    private static Fact dateFactWith(List<Fact> facts, String text) {
        return facts.stream()
                .filter(f -> f.kind() == FactKind.DATE && f.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no date fact holds \"" + text + "\" in " + facts));
    }
}
