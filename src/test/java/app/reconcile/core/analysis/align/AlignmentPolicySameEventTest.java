package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.QuantityValue;
import app.reconcile.core.analysis.value.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two differing values of the same counted thing told with the same specific frame ("At least 80 people are
 * reported dead" / "killing at least 104 people") are one fact on weak context; each guard of that rule, taken
 * away alone, leaves the pair unlinked.
 */
class AlignmentPolicySameEventTest {
    /** Below every other threshold of the standard policy, above the same-event one. */
    private static final double WEAK_CONTEXT = 0.08;
    private final AlignmentPolicy policy = AlignmentPolicy.standard();

    @ParameterizedTest(name = "{0} [{1}] / {2} [{3}] -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            person | @death                | person   | @death              | true
            shar   | fell @fall            | shar     | drop @fall          | true
            vote   | mps @vote ^mps        | vote     | @vote               | true
            person | @rise @death          | person   | kill @death         | true
            person | @death                | person   | @injury             | false
            person | @death @injury        | person   | @death @rescue      | false
            person | @occur                | person   | @occur              | false
            person | @conced               | person   | @conced             | false
            person | @death ^kyiv          | person   | @death ^odesa       | false
            person | @death                | official | @death              | false
            ''     | @death                | person   | @death              | false
            """)
    void aContradictionOnWeakContextNeedsTheSameThingAndTheSameSpecificFrame(String thingA, String keysA,
                                                                            String thingB, String keysB,
                                                                            boolean linked) {
        Candidate a = count(0, 80, thingA, keysA);
        Candidate b = count(1, 104, thingB, keysB);

        double score = policy.score(a, b, Relation.CONFLICT, AlignmentPolicy.Evidence.of(WEAK_CONTEXT));

        assertThat(score > 0).isEqualTo(linked);
    }

    @Test
    void aContradictionOfTheSameEventStillNeedsSomeSharedContext() {
        Candidate a = count(0, 80, "person", "@death");
        Candidate b = count(1, 104, "person", "@death");

        assertThat(policy.score(a, b, Relation.CONFLICT, AlignmentPolicy.Evidence.of(0.02))).isNegative();
    }

    @ParameterizedTest(name = "names differ: {0} -> {1}")
    @CsvSource(textBlock = """
            false, true
            true,  false
            """)
    void aCompatiblePairOnWeakContextIsVetoedByDifferentNames(boolean namesDiffer, boolean linked) {
        Candidate a = count(0, 8, "stock", "@fall");
        Candidate b = about(1, 7, "stock", "down @fall");

        double score = policy.score(a, b, Relation.COMPATIBLE, new AlignmentPolicy.Evidence(WEAK_CONTEXT, false,
                namesDiffer, false));

        assertThat(score > 0).isEqualTo(linked);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            @landing       | @landing       | true
            @landing @fall | @landing       | true
            @landing       | @death         | false
            @occur         | @occur         | false
            @start         | @start         | false
            ''             | ''             | false
            """)
    void twoClockTimesOfOneSpecificEventConflictOnWeakContext(String keysA, String keysB, boolean linked) {
        Candidate a = clock(0, 18 * 60 + 42, keysA);
        Candidate b = clock(1, 18 * 60 + 24, keysB);

        double score = policy.score(a, b, Relation.CONFLICT, AlignmentPolicy.Evidence.of(WEAK_CONTEXT));

        assertThat(score > 0).isEqualTo(linked);
    }

    @ParameterizedTest(name = "{0} / {1} at context {2} -> {3}")
    @CsvSource(textBlock = """
            63, 62, 0.30, true
            63, 62, 0.20, false
            """)
    void twoOrdinalsOfOneThingConflictOnTheContextASharedFrameNeeds(int a, int b, double context, boolean linked) {
        Candidate first = candidate(0, new QuantityValue("", a, a, a, a, true, a + "rd"), "exchang", "");
        Candidate second = candidate(1, new QuantityValue("", b, b, b, b, true, b + "nd"), "exchang", "");

        double score = policy.score(first, second, Relation.CONFLICT, AlignmentPolicy.Evidence.of(context));

        assertThat(score > 0).isEqualTo(linked);
    }

    @Test
    void twoCountsOfOneThingWithoutAFrameNeedMoreContextThanOrdinals() {
        Candidate first = count(0, 63, "exchang", "");
        Candidate second = count(1, 62, "exchang", "");

        assertThat(policy.score(first, second, Relation.CONFLICT, AlignmentPolicy.Evidence.of(0.30))).isNegative();
    }

    @ParameterizedTest(name = "dates of [{0}] / [{1}] -> {2}")
    @CsvSource(textBlock = """
            record, record, true
            record, '',     false
            ruling, record, false
            """)
    void twoDatesOfDifferentThingsNeverConflict(String thingA, String thingB, boolean linked) {
        Candidate a = year(0, 2019, thingA);
        Candidate b = year(1, 2022, thingB);

        double score = policy.score(a, b, Relation.CONFLICT, AlignmentPolicy.Evidence.of(0.30));

        assertThat(score > 0).isEqualTo(linked);
    }

    @ParameterizedTest(name = "157 [{0}] / 157 [{1}] at weak context -> {2}")
    @CsvSource(textBlock = """
            person, person,   true
            person, '',       true
            person, servicem, false
            """)
    void aDistinctiveFigureAgreesOnWeakContextUnlessItCountsAnotherThing(String thingA, String thingB,
                                                                          boolean linked) {
        Candidate a = count(0, 157, thingA, "");
        Candidate b = count(1, 157, thingB, "");

        double score = policy.score(a, b, Relation.SAME, AlignmentPolicy.Evidence.of(0.12));

        assertThat(score > 0).isEqualTo(linked);
    }

    private static Candidate year(int article, int year, String thing) {
        Sentence sentence = new Sentence(article, 0, 0, 0, "It was the largest since " + year + ".");
        return new Candidate(sentence, 26, 30, String.valueOf(year), FactKind.DATE,
                app.reconcile.core.analysis.value.DateValue.of(year, 0, 0), thing, List.of("@protest"), thing);
    }

    private static Candidate clock(int article, int minutes, String keys) {
        String canonical = String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
        QuantityValue value = new QuantityValue("clock", minutes, minutes, minutes, minutes, false, canonical);
        Sentence sentence = new Sentence(article, 0, 0, 0, "It happened at " + canonical + ".");
        List<String> keyList = Arrays.stream(keys.split(" ")).filter(k -> !k.isEmpty()).toList();
        return new Candidate(sentence, 16, 16 + canonical.length(), canonical, FactKind.TIME, value, "", keyList, "");
    }

    private static Candidate count(int article, double amount, String thing, String keys) {
        String canonical = QuantityValue.format(amount);
        return candidate(article, new QuantityValue("", amount, amount, amount, amount, false, canonical), thing, keys);
    }

    /** "about 7": a quarter either side. */
    private static Candidate about(int article, double amount, String thing, String keys) {
        String canonical = "~" + QuantityValue.format(amount);
        return candidate(article, new QuantityValue("", amount, amount, 0.75 * amount, 1.25 * amount, false, canonical),
                thing, keys);
    }

    private static Candidate candidate(int article, QuantityValue value, String thing, String keys) {
        String canonical = value.canonical();
        Sentence sentence = new Sentence(article, 0, 0, 0, "They counted " + canonical + ".");
        List<String> keyList = Arrays.stream(keys.split(" ")).filter(k -> !k.isEmpty()).toList();
        return new Candidate(sentence, 13, 13 + canonical.length(), canonical, FactKind.NUMBER, value, thing,
                keyList, thing);
    }
}
