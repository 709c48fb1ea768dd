package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurnameSwapsTest {
    private static List<NameVariantFinder.Variants> find(String... articles) {
        return NameFinderRun.find((sentences, ids) -> new SurnameSwaps().find(sentences, ids), articles);
    }

    @Test
    void oneGivenNameWithTwoSurnamesInTheSameWordsIsOnePersonWrittenTwoWays() {
        List<NameVariantFinder.Variants> found = find(
                "\"We are aware of the issue,\" team general manager A.J. Smith said in a statement.",
                "\"We are aware of the issue,\" Chargers general manager AJ Butler said in a statement.");

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.mentions()).extracting(Mention::text).containsExactly("A.J. Smith", "AJ Butler");
            assertThat(v.label()).contains("(surname)");
        });
    }

    @Test
    void aNameCutByTheSentenceSplitterAfterAnInitialIsStillRead() {
        String a = "Team general manager A.J. Smith said in a statement.";
        String b = "Chargers general manager A.J. Butler said in a statement.";
        int cut = a.indexOf("Smith");
        List<Sentence> sentences = List.of(new Sentence(0, 0, 0, 0, a.substring(0, cut - 1)),
                new Sentence(0, 1, 0, cut, a.substring(cut)), new Sentence(1, 0, 0, 0, b));

        assertThat(new SurnameSwaps().find(sentences, List.of("a1", "a2"))).singleElement()
                .satisfies(v -> assertThat(v.mentions()).extracting(Mention::start)
                        .containsExactly(a.indexOf("A.J."), b.indexOf("A.J.")));
    }

    @Test
    void theSameNeighbourIsContextEnough() {
        assertThat(find("The film stars Robert Pattinson and Kristen Stewart as the lovers.",
                "It was adapted with Robert Pattinson and Kristen Bell in the lead roles.")).hasSize(1);
    }

    @Test
    void anArticleThatWritesBothSurnamesNamesTwoPeople() {
        assertThat(find("Coach Mike Smith and his assistant Mike Jones praised the defence.",
                "Coach Mike Smith praised the defence.",
                "Assistant Mike Jones praised the defence.")).isEmpty();
    }

    @Test
    void twoNamesInUnrelatedWordsAreNotPaired() {
        assertThat(find("Kristen Stewart will star in the sequel next year.",
                "The voice of the queen is Kristen Bell, a singer from Michigan.")).isEmpty();
    }

    @Test
    void aSpellingVariantOrAWordTheStoryWritesInLowerCaseIsNotASurnameSwap() {
        assertThat(find("Officials said Yury Ushakov met the envoy on Tuesday.",
                "Officials said Yuri Ushakov met the envoy on Tuesday.")).isEmpty();
        assertThat(find("The president said President Obama met the envoy on Tuesday.",
                "The president said President Bush met the envoy on Tuesday.")).isEmpty();
        assertThat(find("Officials said Mark Ushakov met the envoy on Tuesday.",
                "Officials said Mark Ushakow met the envoy on Tuesday.")).isEmpty();
    }
}
