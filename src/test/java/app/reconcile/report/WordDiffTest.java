package app.reconcile.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    /** Renders a diff as "same [-deleted-] {+inserted+}" so a table can state expectations compactly. */
    private static String show(WordDiff diff) {
        return diff.chunks().stream().map(c -> switch (c.change()) {
            case SAME -> c.text();
            case DELETED -> "[-" + c.text() + "-]";
            case INSERTED -> "{+" + c.text() + "+}";
        }).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We will rebuild          | We shall rebuild           | We [-will-] {+shall+} rebuild
            We will rebuild          | we will rebuild,           | We will rebuild
            Rebuild                  | We will rebuild it         | {+We will+} Rebuild {+it+}
            the town will not forget | the town will never forget | the town will [-not-] {+never+} forget
            """)
    void marksTheWordsThatDiffer(String reference, String other, String expected) {
        assertThat(show(WordDiff.between(reference, other))).isEqualTo(expected);
    }

    @Test
    void punctuationOnlyChangesAreNotShown() {
        assertThat(show(WordDiff.between("clear: The war", "clear \u2013 the war"))).isEqualTo("clear: The war");
    }

    @Test
    void differencesOnlyInCaseOrPunctuationAreNoChange() {
        assertThat(WordDiff.between("\u201cWe will rebuild.\u201d", "we will rebuild").hasChanges()).isFalse();
    }

    @Test
    void aStraightAndACurlyApostropheAreTheSameWord() {
        assertThat(show(WordDiff.between("There's a good chance", "There\u2019s a very good chance")))
                .isEqualTo("There's a {+very+} good chance");
    }

    @Test
    void quoteVariantsInTheReportCarryTheirDifferenceFromTheChosenReading() {
        FactEntry quote = ReportModel.of(ReportFixtures.project(), ReportFixtures.options()).facts().stream()
                .filter(f -> f.id().equals("f6")).findFirst().orElseThrow();

        assertThat(quote.variants().get(0).wordDiff()).isEmpty();
        assertThat(quote.variants().get(1).wordDiff()).map(WordDiffTest::show)
                .contains("We [-will-] {+shall+} rebuild");
    }
}
