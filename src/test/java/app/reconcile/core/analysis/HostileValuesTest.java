package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.analysis.value.QuantityValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Values": numbers of any length and impossible dates get a value or are skipped, never an
 * exception and never an invalid value.
 */
class HostileValuesTest {
    private final Analyzer analyzer = new Analyzer();

    /** Point 8: 310 digits and more overflow a double; such a figure used to crash the canonical form. */
    @ParameterizedTest
    @ValueSource(ints = {309, 310, 320, 400, 2000})
    void aFigureOfAnyLengthIsAValueOrSkipped(int digits) {
        List<Fact> facts = analyze("The council counted " + "9".repeat(digits) + " votes on Monday.",
                "The council counted " + "8".repeat(digits) + " votes on Monday.");
        for (Fact f : facts) {
            for (Mention m : f.mentions()) {
                assertThat(m.value()).doesNotContain("Infinity").doesNotContain("NaN").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9 million", "9 billion km", "$9 trillion", "9 hours", "9%"})
    void aHugeFigureWithAScaleOrUnitIsAValueOrSkipped(String tail) {
        String huge = "9".repeat(306);
        List<Fact> facts = analyze("Officials said " + huge + tail.substring(1) + " were counted.",
                "Officials said " + huge + "8" + tail.substring(1) + " were counted.");
        facts.forEach(f -> f.mentions().forEach(m -> assertThat(m.value()).doesNotContain("Infinity")));
    }

    @Test
    void formatNeverThrowsOnNonFiniteAmounts() {
        assertThat(QuantityValue.format(Double.POSITIVE_INFINITY)).isNotBlank();
        assertThat(QuantityValue.format(Double.NEGATIVE_INFINITY)).isNotBlank();
        assertThat(QuantityValue.format(Double.NaN)).isNotBlank();
        assertThat(QuantityValue.format(1e300)).hasSize(301).startsWith("1000");
    }

    /** Point 18: "31 February 2025" used to become the value 2025-02-31. */
    @ParameterizedTest
    @ValueSource(strings = {"31 February 2025", "February 30, 2025", "29 February 2025", "31 April 2024",
            "2025-02-31", "2025-13-05", "2025-00-10", "2025-04-00", "30 February", "April 31"})
    void anImpossibleDateGetsNoDateValue(String date) {
        List<Fact> facts = analyze("Dated 2025-03-01. The bridge reopened on " + date + " after repairs.",
                "Dated 2025-03-01. The bridge reopened on 28 February 2025 after repairs.");
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.DATE).flatMap(f -> f.mentions().stream())
                .map(Mention::text)).noneMatch(text -> text.contains(date));
    }

    @Test
    void aLeapDayIsStillADate() {
        List<Fact> facts = analyze("The bridge reopened on 29 February 2024 after repairs.",
                "The bridge reopened on 28 February 2024 after repairs.");
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.DATE).flatMap(f -> f.mentions().stream())
                .map(Mention::value)).contains("2024-02-29", "2024-02-28");
    }

    private List<Fact> analyze(String first, String second) {
        return analyzer.findFacts(List.of(new Article("a1", "one.txt", null, first),
                new Article("a2", "two.txt", null, second)), ProgressMonitor.NONE);
    }
}
