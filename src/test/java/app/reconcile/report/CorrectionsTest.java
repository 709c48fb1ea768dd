package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTest {
    private static final Article A = new Article("a", "a.txt", "A", "Four died and 31 were hurt.");
    private static final Article B = new Article("b", "b.txt", "B", "Two died and 40 were hurt.");

    private static Fact deaths() {
        return new Fact("f1", FactKind.NUMBER, "deaths", Verdict.CONFLICT, List.of(
                ReportFixtures.mention(A, "Four", "4"), ReportFixtures.mention(B, "Two", "2")));
    }

    private static String render(CorrectedCopy copy) {
        StringBuilder out = new StringBuilder();
        copy.pieces().forEach(p -> out.append(
                p.isCorrection() ? "[" + p.text() + "->" + p.correction() + "]" : p.text()));
        return out.toString();
    }

    @Test
    void contradictingMentionIsReplacedByTheAuthoritativeDisplay() {
        Fact fact = deaths().withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED, "2", "two",
                false, "", "ed", ReportFixtures.DECIDED_AT));

        CorrectedCopy copy = Corrections.of(A, List.of(fact));

        assertThat(render(copy)).isEqualTo("[Four->Two] died and 31 were hurt.");
        assertThat(copy.corrections()).isEqualTo(1);
    }

    @Test
    void agreeingSourceKeepsItsTextUnchanged() {
        Fact fact = deaths().withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED, "2", "two",
                false, "", "ed", ReportFixtures.DECIDED_AT));

        assertThat(render(Corrections.of(B, List.of(fact)))).isEqualTo(B.text());
    }

    @Test
    void undecidedAndDismissedFactsCorrectNothing() {
        Fact dismissed = deaths().withId("f2").withResolution(Resolution.dismiss("", "ed", ReportFixtures.DECIDED_AT));

        assertThat(render(Corrections.of(A, List.of(deaths(), dismissed)))).isEqualTo(A.text());
    }

    @Test
    void overlappingCorrectionsKeepTheEarliestOnly() {
        Mention wide = new Mention("a", 0, 9, "Four died", "4 died");
        Mention narrow = new Mention("a", 5, 9, "died", "died");
        Fact first = new Fact("f1", FactKind.NUMBER, "x", Verdict.CONFLICT, List.of(wide))
                .withResolution(Resolution.custom("two died", "", "ed", ReportFixtures.DECIDED_AT));
        Fact second = new Fact("f2", FactKind.NAME, "y", Verdict.CONFLICT, List.of(narrow))
                .withResolution(Resolution.custom("perished", "", "ed", ReportFixtures.DECIDED_AT));

        assertThat(render(Corrections.of(A, List.of(second, first))))
                .isEqualTo("[Four died->Two died] and 31 were hurt.");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Four of the injured.          | 0  | two | Two
            Officials said. Four were     | 16 | two | Two
            "Four," he said.              | 1  | two | Two
            He said four were hurt.       | 8  | two | two
            Line one¶four were hurt.      | 9  | two | Two
            """)
    void aCorrectionThatStartsASentenceStartsWithACapital(String text, int start, String typed, String expected) {
        assertThat(Corrections.sentenceCase(text.replace("¶", "\n"), start, typed)).isEqualTo(expected);
    }

    @Test
    void pageFurnitureIsLeftOutOfTheCorrectedCopy() {
        Article withFurniture = new Article("a1", "a.txt", "T",
                "Accessibility links\nBreaking News\nFour died and 31 were hurt in the blast on Tuesday.\n");
        Fact fact = new Fact("f1", app.reconcile.core.FactKind.NUMBER, "deaths", app.reconcile.core.Verdict.CONFLICT,
                List.of(ReportFixtures.mention(withFurniture, "Four", "4"), ReportFixtures.mention(B, "Two", "2")),
                null, "").withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED, "2", "two",
                false, "", "ed", ReportFixtures.DECIDED_AT));

        assertThat(render(Corrections.of(withFurniture, List.of(fact))))
                .isEqualTo("[Four->Two] died and 31 were hurt in the blast on Tuesday.\n");
    }

    @Test
    void copiesOfSeveralArticlesAreMadeInOnePassEachWithItsOwnCorrections() {
        Fact fact = deaths().withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED, "4", "four",
                false, "", "ed", ReportFixtures.DECIDED_AT));
        Fact elsewhere = new Fact("f9", FactKind.NUMBER, "z", Verdict.CONFLICT,
                List.of(new Mention("gone", 0, 3, "Two", "2"), new Mention("b", 13, 15, "40", "40")))
                .withResolution(Resolution.custom("41", "", "ed", ReportFixtures.DECIDED_AT));

        List<CorrectedCopy> copies = Corrections.of(List.of(A, B), List.of(fact, elsewhere));

        assertThat(copies).extracting(CorrectionsTest::render)
                .containsExactly(A.text(), "[Two->Four] died and [40->41] were hurt."); // a correction starting a sentence is capitalised
        assertThat(copies.get(0)).isEqualTo(Corrections.of(A, List.of(fact, elsewhere)));
        assertThat(copies.get(1)).isEqualTo(Corrections.of(B, List.of(fact, elsewhere)));
    }
}
