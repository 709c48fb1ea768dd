package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence between two values as {@code analyze --explain-pair} reports it, on small made-up reports: each
 * case is one rule of the link score (docs/analysis.md, "Evidence").
 */
class AnalyzerExplainPairTest {
    private final Analyzer analyzer = new Analyzer();

    private static List<Article> pair(String a, String b) {
        return List.of(new Article("a1", "a.txt", null, a), new Article("a2", "b.txt", null, b));
    }

    private Analyzer.PairExplanation explain(List<Article> articles, String textA, String textB) {
        return analyzer.explainPair(articles, textA, textB).orElseThrow();
    }

    private static double term(Analyzer.PairExplanation p, String signal) {
        return p.evidence().terms().stream().filter(t -> t.signal().equals(signal)).findFirst().orElseThrow().value();
    }

    @Test
    void aPhraseCopiedFromAnArticleFindsTheValueInsideIt() {
        List<Article> articles = pair("Felt is survived by a son and four grandchildren.",
                "A son and four grandsons survive Felt.");

        Analyzer.PairExplanation p = explain(articles, "four grandchildren", "four grandsons");

        assertThat(p.textA()).isEqualTo("four");
        assertThat(p.articleA()).isEqualTo("a1");
        assertThat(p.textB()).isEqualTo("four");
        assertThat(p.articleB()).isEqualTo("a2");
    }

    @Test
    void anAgeIsTheAgeOfTheNounItDescribesNotACountOfItNorTheAgeOfTheNameBeforeIt() {
        List<Article> articles = pair("Jurors heard a tape of Jeffs sexually assaulting the 11-year old girl.",
                "Jurors heard a tape of Jeffs sexually assaulting a 12-year-old girl and two other girls.");

        Analyzer.PairExplanation ages = explain(articles, "11-year", "12-year");
        Analyzer.PairExplanation ageAndCount = explain(articles, "11-year", "two");

        assertThat(ages.linked()).as(ages.evidence().detailed()).isTrue();
        assertThat(ages.evidence().detailed()).contains("same counted thing: age", "same holder: girl");
        assertThat(ageAndCount.linked()).as(ageAndCount.evidence().detailed()).isFalse();
    }

    @Test
    void aTitleBelongsToThePersonItIsWrittenWith() {
        List<Article> articles = pair("The motion to remove state District Judge Barbara Walther failed.",
                "\"The trial goes on,\" said U.S. District Judge Barbara Walther.");

        Analyzer.PairExplanation p = explain(articles, "state District Judge", "U.S. District Judge");

        assertThat(term(p, "holder")).as(p.evidence().detailed()).isEqualTo(1.0);
        assertThat(p.linked()).as(p.evidence().detailed()).isTrue();
    }

    @Test
    void anUnlinkedPairNamesTheValueThatWasABetterMatch() {
        List<Article> articles = pair("Officers seized two boats off Aden on Tuesday.",
                "Officers seized three boats off Aden on Tuesday. Two boats were later released.");

        Analyzer.PairExplanation lost = explain(articles, "two", "Two");
        Analyzer.PairExplanation won = explain(articles, "two", "three");

        assertThat(lost.linked()).isFalse();
        assertThat(lost.rivals()).anySatisfy(r -> assertThat(r).contains("best match of \"two\"", "\"three\""));
        assertThat(won.linked()).isTrue();
        assertThat(won.rivals()).isEmpty();
    }

    @Test
    void twoClockTimesEachTheOnlyOneOfItsArticleAreLinkedHoweverTheyAreWorded() {
        List<Article> articles = pair("""
                        Posted 2/3/2009 11:11 PM
                        Williams was going west in his Bentley about 1:30 a.m., an officer said.""",
                "He was driving his Bentley at about 1:00 am Sunday on highway 94 when the police stopped him.");
        List<Article> twoTimes = pair("""
                        Williams was going west in his Bentley about 1:30 a.m., an officer said.
                        He was released at 9 a.m.""",
                "He was driving his Bentley at about 1:00 am Sunday on highway 94 when the police stopped him.");

        Analyzer.PairExplanation sole = explain(articles, "1:30 a.m.", "1:00 am");
        Analyzer.PairExplanation notSole = explain(twoTimes, "1:30 a.m.", "1:00 am");

        assertThat(term(sole, "sole")).as(sole.evidence().detailed()).isEqualTo(1.0);
        assertThat(sole.linked()).as(sole.evidence().detailed()).isTrue();
        assertThat(term(notSole, "sole")).as(notSole.evidence().detailed()).isEqualTo(0.0);
    }

    @Test
    void twoFiguresToldWithOneHedgeShareTheHedgeAsEvidenceWhateverTheFigures() {
        List<Article> articles = pair("Up to 80 percent of Internet services in Egypt were disrupted.",
                "The cut disrupted up to 70 per cent of web services in Egypt.");
        List<Article> oneHedge = pair("Up to 80 percent of Internet services in Egypt were disrupted.",
                "The cut disrupted 70 per cent of web services in Egypt.");

        Analyzer.PairExplanation hedged = explain(articles, "Up to 80 percent", "up to 70 per cent");
        Analyzer.PairExplanation plain = explain(oneHedge, "Up to 80 percent", "70 per cent");

        assertThat(term(hedged, "hedge")).as(hedged.evidence().detailed()).isEqualTo(1.0);
        assertThat(hedged.evidence().detailed()).contains("both hedged \"up to\"");
        assertThat(term(plain, "hedge")).as(plain.evidence().detailed()).isEqualTo(0.0);
    }

    @Test
    void aPagesOwnTimeStampIsNoFactOfTheStory() {
        List<Article> articles = pair("""
                        September 17, 2013 03:16 PM ET
                        Microsoft said it had found a flaw in Internet Explorer and would fix it.""",
                """
                        September 17, 2013 4:16 PM ET
                        Microsoft said it had found a flaw in Internet Explorer and would fix it.""");

        Analyzer.PairExplanation stamps = explain(articles, "03:16 PM", "4:16 PM");

        assertThat(stamps.linked()).as(stamps.evidence().detailed()).isFalse();
        assertThat(stamps.rivals()).anySatisfy(line -> assertThat(line).contains("time stamp"));
        assertThat(analyzer.findFacts(articles, ProgressMonitor.NONE)).noneSatisfy(f ->
                assertThat(f.mentions()).anySatisfy(m -> assertThat(m.text()).endsWith("PM")));
    }

    @Test
    void aValueWrittenTheSameWayInBothArticlesIsTakenFromEachOfThem() {
        List<Article> articles = pair("The repair ship will not arrive until Monday, the company said.",
                "The company said the repair ship will not get there until Monday.");

        Analyzer.PairExplanation p = explain(articles, "Monday", "Monday");

        assertThat(p.articleA()).isNotEqualTo(p.articleB());
    }

    @Test
    void aSurnameTheTaggerMissesIsStillTheHolderOnceTheStoryNamesThatPersonElsewhere() {
        List<Article> articles = pair("""
                        Officers arrested Winston Blackmore in the town of Creston.
                        Blackmore, 67, was not available for comment.""",
                "Winston Blackmore, 52, and James Oler, 44, have been charged.");

        Analyzer.PairExplanation p = explain(articles, "67", "52");

        assertThat(term(p, "holder")).as(p.evidence().detailed()).isEqualTo(1.0);
        assertThat(p.linked()).as(p.evidence().detailed()).isTrue();
    }

    @Test
    void datesBesideTwoValuesCountAgainstTheLinkOnlyWhenTheyContradictEachOther() {
        List<Article> contradicting = pair("In 2021 the court ordered the city to pay 300 families.",
                "In 2023 the court ordered the city to pay 450 families.");
        List<Article> differentlyPrecise = pair("In March 2021 the court ordered the city to pay 300 families.",
                "In 2021 the court ordered the city to pay 450 families.");

        assertThat(term(explain(contradicting, "300", "450"), "dates")).isEqualTo(-1.0);
        assertThat(term(explain(differentlyPrecise, "300", "450"), "dates")).isEqualTo(0.0);
    }

    @Test
    void theNounAfterADateIsNotWhatItCountsSoADifferentOneSaysNothing() {
        List<Article> articles = pair("The December 6 killing of a teenager sparked the riots.",
                "The teenager was killed by a police bullet on 6 December.");

        assertThat(term(explain(articles, "December 6", "6 December"), "thing")).isEqualTo(0.0);
    }

    @Test
    void countedThingsOfOneWordFamilyAreNoEvidenceOfTwoFactsWhileUnrelatedOnesAre() {
        List<Article> family = pair("Felt is survived by four grandchildren.", "Felt is survived by six grandsons.");
        List<Article> unrelated = pair("Pirates attacked the tanker in two boats.",
                "Pirates attacked the tanker with three rifles.");

        assertThat(term(explain(family, "four", "six"), "thing")).isEqualTo(0.0);
        assertThat(term(explain(unrelated, "two", "three"), "thing")).isEqualTo(-1.0);
    }

    @Test
    void twoOrdinalsOfOneThingRankInOneSeriesOnlyWhenTheWordsBesideThemMeet() {
        String fired = "The 76ers fired Maurice Cheeks. Maurice Cheeks is the fifth coach fired this season.";
        List<Article> twoSeries = pair(fired, "The team named Maurice Cheeks the 21st head coach in team history.");
        List<Article> oneSeries = pair(fired, "The 76ers let Maurice Cheeks go, the sixth NBA coach fired this season.");

        Analyzer.PairExplanation apart = explain(twoSeries, "fifth", "21st");
        Analyzer.PairExplanation together = explain(oneSeries, "fifth", "sixth");

        assertThat(term(apart, "thing")).as(apart.evidence().detailed()).isEqualTo(0.0);
        assertThat(apart.evidence().detailed()).contains("two series");
        assertThat(term(together, "thing")).as(together.evidence().detailed()).isPositive();
    }
}
