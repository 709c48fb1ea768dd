package app.reconcile.core.analysis.reading;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KnownNamesTest {
    private static Tagged sentence(String tokens, String tags) {
        List<String> words = List.of(tokens.split(" "));
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            starts[i] = at;
            ends[i] = at + words.get(i).length();
            at = ends[i] + 1;
        }
        return new Tagged(words, starts, ends, List.of(tags.split(" ")),
                words.stream().map(String::toLowerCase).toList());
    }

    @Test
    void aNameTaggedInsideOneSentenceIsANameWhereTheTaggerMissedItAtTheStartOfAnother() {
        Tagged charged = sentence("Police charged Winston Blackmore on Wednesday",
                "NOUN VERB PROPN PROPN ADP PROPN");
        Tagged alone = sentence("Blackmore , 67 , was not available", "ADJ PUNCT NUM PUNCT AUX PART ADJ");

        Set<String> names = KnownNames.of(List.of(charged, alone));
        Tagged retagged = alone.withNames(names);

        assertThat(names).contains("Blackmore", "Winston");
        assertThat(retagged.isProperNoun(0)).isTrue();
        assertThat(retagged.tag(6)).isEqualTo("ADJ");
        assertThat(alone.isProperNoun(0)).as("the original reading is left as it was").isFalse();
    }

    @Test
    void aCapitalAtTheStartOfASentenceOrInATitleCaseHeadlineIsNoEvidenceOfAName() {
        Tagged opening = sentence("Police said the ferry sank", "PROPN VERB DET NOUN VERB");
        Tagged headline = sentence("Ferry Sinks Near Harbour , Police Say", "PROPN PROPN ADP PROPN PUNCT PROPN PROPN");
        Tagged plain = sentence("The police said ferry crews were safe", "DET NOUN VERB NOUN NOUN AUX ADJ");

        Set<String> names = KnownNames.of(List.of(opening, headline, plain));

        assertThat(names).doesNotContain("Police", "Ferry", "Sinks", "Say");
        assertThat(plain.withNames(names)).isSameAs(plain);
    }

    @Test
    void aLowerCaseWordIsNeverMadeAName() {
        Tagged named = sentence("He met Apple chiefs", "PRON VERB PROPN NOUN");
        Tagged fruit = sentence("an apple a day", "DET NOUN DET NOUN");

        assertThat(fruit.withNames(KnownNames.of(List.of(named, fruit))).isProperNoun(1)).isFalse();
    }

    @Test
    void aCapitalisedWordReadAsAnAdjectiveAsOftenAsANameIsANationNotAName() {
        Tagged noun = sentence("He spoke to the Canadian about it", "PRON VERB ADP DET PROPN ADP PRON");
        Tagged adjective = sentence("They met the Canadian authorities today", "PRON VERB DET ADJ NOUN NOUN");

        assertThat(KnownNames.of(List.of(noun, adjective))).doesNotContain("Canadian");
    }

    @Test
    void oneSlipOfTheTaggerInsideASentenceDoesNotUndoTwoReadingsAsAName() {
        Tagged first = sentence("Police arrested Winston Blackmore today", "NOUN VERB PROPN PROPN NOUN");
        Tagged second = sentence("They said Blackmore was released", "PRON VERB PROPN AUX VERB");
        Tagged slip = sentence("Officers noted that Blackmore has wives", "NOUN VERB SCONJ ADJ VERB NOUN");

        assertThat(KnownNames.of(List.of(first, second, slip))).contains("Blackmore");
    }
}
