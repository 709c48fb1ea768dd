package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an editor changes in a quotation without changing what was said is never a conflict. */
class QuoteEditorialDifferencesTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We will end this War before the winter comes                      | We will end this war before the winter comes
            We thank [Ukrainian] President [Volodymyr] Zelenskyy for the talks | We thank President Zelenskyy for the talks
            WE WILL NOT GIVE UP OUR LAND TO ANYONE                            | We will not give up our land to anyone
            """)
    void caseAndBracketedInsertionsAreNotConflicts(String first, String second) {
        List<Fact> quotes = quoteFacts(first, second);

        assertThat(quotes).isNotEmpty().noneMatch(Fact::isConflict);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We will end this war before the winter comes | We will end this war before the summer comes
            """)
    void aChangedWordIsStillAConflict(String first, String second) {
        assertThat(quoteFacts(first, second)).anyMatch(f -> f.verdict() == Verdict.CONFLICT);
    }

    private static List<Fact> quoteFacts(String first, String second) {
        List<Article> articles = List.of(
                new Article("a1", "one.txt", null, "The minister spoke in Kyiv on Monday. \"" + first + ",\" he said."),
                new Article("a2", "two.txt", null, "The minister spoke in Kyiv on Monday. \"" + second + ",\" he told reporters."));
        return new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(f -> f.kind() == FactKind.QUOTE).toList();
    }
}
