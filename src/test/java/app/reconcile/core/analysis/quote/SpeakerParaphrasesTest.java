package app.reconcile.core.analysis.quote;

import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.FactDraft;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerParaphrasesTest {
    private static Quotation quote(String article, String text, String speaker) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty())
                .toList();
        return new Quotation(article, 0, text.length(), text, words, speaker);
    }

    private static List<FactDraft> conflicts(Quotation... quotes) {
        return new QuoteFinder().find(List.of(quotes)).stream().filter(d -> d.verdict() == Verdict.CONFLICT).toList();
    }

    @Test
    void oneSpeakersRemarkWordedTwoWaysIsAConflict() {
        List<FactDraft> found = conflicts(quote("a1", "I believe Brian Nichols did not win", "greenway"),
                quote("a2", "I don't think Brian Nichols won", "greenway"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.mentions()).hasSize(2);
            assertThat(d.detail()).startsWith("reworded");
        });
    }

    @Test
    void theSameWordsByTwoSpeakersAreNotPairedByThisRule() {
        assertThat(conflicts(quote("a1", "I believe Brian Nichols did not win", "greenway"),
                quote("a2", "I don't think Brian Nichols won", "howard"))).isEmpty();
    }

    @Test
    void aQuotationWithoutSpeakerIsNotPairedByThisRule() {
        assertThat(conflicts(quote("a1", "I believe Brian Nichols did not win", ""),
                quote("a2", "I don't think Brian Nichols won", ""))).isEmpty();
    }

    @Test
    void twoRemarksOfOneSpeakerOnDifferentSubjectsStayApart() {
        assertThat(conflicts(quote("a1", "The flood barriers held better than anyone expected", "smith"),
                quote("a2", "We will rebuild the school before the winter", "smith"))).isEmpty();
    }

    @Test
    void eachRemarkPairsWithItsClosestRewordingOnly() {
        List<FactDraft> found = conflicts(
                quote("a1", "I believe Brian Nichols did not win today", "greenway"),
                quote("a2", "I don't think Brian Nichols won today", "greenway"),
                quote("a2", "Brian Nichols will spend his life in prison", "greenway"));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.mentions())
                .extracting(m -> m.text()).containsExactlyInAnyOrder("I believe Brian Nichols did not win today",
                        "I don't think Brian Nichols won today"));
    }

    @Test
    void diceNeedsTwoSharedLemmasAndEnoughWords() {
        var a = new SpeakerParaphrases.Wording("smith", java.util.Set.of("a1"), java.util.Set.of("flood", "barrier", "hold"));
        var b = new SpeakerParaphrases.Wording("smith", java.util.Set.of("a2"), java.util.Set.of("flood", "barrier", "break"));
        var c = new SpeakerParaphrases.Wording("smith", java.util.Set.of("a2"), java.util.Set.of("flood", "school", "winter"));
        var sameArticle = new SpeakerParaphrases.Wording("smith", java.util.Set.of("a1"), b.lemmas());
        assertThat(SpeakerParaphrases.dice(a, b)).isCloseTo(2.0 * 2 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SpeakerParaphrases.dice(a, c)).isZero();
        assertThat(SpeakerParaphrases.dice(a, sameArticle)).isZero();
    }
}
