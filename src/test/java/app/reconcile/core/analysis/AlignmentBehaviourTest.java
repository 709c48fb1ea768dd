package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two short articles in, the verdict of the quantity fact they share out ("none" when no fact is formed). */
class AlignmentBehaviourTest {
    private static final String FILLER = " Officials gave no further details about the attack on Tuesday.";

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A Russian strike on Kyiv killed two people overnight, officials said.   | A Russian strike on Kyiv killed three people overnight, officials said.   | CONFLICT
            A Russian strike on Kyiv killed two people overnight, officials said.   | A Russian strike on Odesa killed three people overnight, officials said.  | none
            A Russian strike on Kyiv killed 12 people overnight, officials said.    | A Russian strike on Kyiv killed twelve people overnight, officials said.   | AGREE
            A Russian strike on Kyiv killed about 12 people overnight, officials said. | A Russian strike on Kyiv killed 12 people overnight, officials said.    | COMPATIBLE
            A Russian strike on Kyiv killed two people overnight, officials said.   | A Russian strike on Kyiv destroyed three buildings overnight, officials said. | none
            A Russian strike on Kyiv killed at least 12 people overnight, officials said. | A Russian strike on Kyiv killed at least 14 people overnight, officials said. | CONFLICT
            A Russian strike on Kyiv killed at least 12 people overnight, officials said. | A Russian strike on Kyiv injured 40 people overnight, officials said. | none
            """)
    void quantitiesOfTwoArticlesAreJudgedByWhatTheyCountAndWhere(String first, String second, String expected) {
        List<Article> articles = List.of(new Article("a1", "one", null, first + FILLER),
                new Article("a2", "two", null, second + FILLER));
        List<Fact> numbers = new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(f -> f.kind() == FactKind.NUMBER).toList();
        if (expected.equals("none")) {
            assertThat(numbers).noneMatch(Fact::isConflict);
        } else {
            assertThat(numbers).extracting(Fact::verdict).containsExactly(Verdict.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0} / {1} -> {3} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The court fined Hungary for failing to comply with a December 2020 ruling on asylum. | The court fined Hungary for failing to implement a 2021 ruling on asylum rules. | CONFLICT | DATE
            LUXEMBOURG, Aug 6 (Reuters) - The court fined Hungary for ignoring a December 2020 ruling on asylum. | The Court of Justice fined Hungary for ignoring a 2021 ruling on asylum. | CONFLICT | DATE
            """)
    void datesOfOneNamedThingConflict(String first, String second, String expected, FactKind kind) {
        List<Article> articles = List.of(new Article("a1", "one", null, first + FILLER),
                new Article("a2", "two", null, second + FILLER));
        List<Fact> facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(f -> f.kind() == kind && f.mentions().size() == 2).toList();

        assertThat(facts).extracting(Fact::verdict).contains(Verdict.valueOf(expected));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The court ordered Hungary to pay a further €1m a day for failing to comply. | The court ordered Hungary to pay €1.5 million per day for failing to comply. | CONFLICT
            In 2021 the court ordered Poland to pay €1m a day over its judges.          | In 2023 the court ordered Poland to pay €500,000 a day over its judges.      | none
            """)
    void ratesConflictUnlessSetInDifferentYears(String first, String second, String expected) {
        List<Article> articles = List.of(new Article("a1", "one", null, first + FILLER),
                new Article("a2", "two", null, second + FILLER));
        List<Fact> money = new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(f -> f.kind() == FactKind.MONEY).toList();
        if (expected.equals("none")) {
            assertThat(money).noneMatch(Fact::isConflict);
        } else {
            assertThat(money).extracting(Fact::verdict).containsExactly(Verdict.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares fell 6.2% by midday, making it the worst day for the group in a year. | Profit fell 18% to £412m in the half, the retailer said. | none
            Shares rose 2.1% by midday, making it the best day for the group in a year. | Shares in the retailer dropped 3.4% to 212 pence after the results. | none
            """)
    void sizesOfOneChangeOfOneThingConflictOnLittleSharedContext(String first, String second, String expected) {
        List<Article> articles = List.of(new Article("a1", "one", null, first + FILLER),
                new Article("a2", "two", null, second + FILLER));
        List<Fact> percentages = new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(f -> f.kind() == FactKind.PERCENT).toList();
        if (expected.equals("none")) {
            assertThat(percentages).noneMatch(Fact::isConflict);
        } else {
            assertThat(percentages).extracting(Fact::verdict).containsExactly(Verdict.valueOf(expected));
        }
    }

    /**
     * One fact told in other words, with little else in common: engine v2 has no knowledge of synonyms yet
     * ("fell" / "dropped", "aged 52" / "52-year-old"), and the first engine's word tables that linked these are
     * gone. docs/analysis.md, "Known limits".
     */
    @org.junit.jupiter.api.Disabled("engine v2 links no paraphrase without shared words yet: docs/analysis.md, Known limits")
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares fell 6.2% by midday, making it the worst day for the group in a year. | Shares in the retailer dropped 6.4% to 212 pence after the results. | PERCENT  | CONFLICT
            The driver of the bus, aged 52, was detained after the crash. | Police took the 55-year-old driver into custody. | NUMBER   | CONFLICT
            """)
    void oneFactToldInOtherWordsIsOneConflict(String first, String second, FactKind kind, Verdict expected) {
        List<Article> articles = List.of(new Article("a1", "one", null, first + FILLER),
                new Article("a2", "two", null, second + FILLER));
        List<Fact> facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE).stream()
                .filter(f -> f.kind() == kind).toList();

        assertThat(facts).extracting(Fact::verdict).containsExactly(expected);
    }
}
