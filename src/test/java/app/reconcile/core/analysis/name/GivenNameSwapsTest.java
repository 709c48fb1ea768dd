package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GivenNameSwapsTest {
    private static List<NameVariantFinder.Variants> find(String... articles) {
        return NameFinderRun.find((sentences, ids) -> new GivenNameSwaps().find(sentences, ids), articles);
    }

    @Test
    void oneSurnameWithTwoGivenNamesToldAlikeIsOnePersonWrittenTwoWays() {
        List<NameVariantFinder.Variants> found = find(
                "A protagonist of the famous FBI director Herbert Hoover, Felt was embittered for being passed over.",
                "Some critics said Felt, a J. Edgar Hoover loyalist, was bitter at being passed over by Nixon.");

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("Herbert Hoover",
                    "J. Edgar Hoover");
            assertThat(v.label()).endsWith("(given name)");
            assertThat(v.reason()).contains("one surname with two given names (herbert / edgar)",
                    "(felt, pass)", "no article names both");
        });
    }

    @Test
    void aPossessiveIsTheSameSurname() {
        assertThat(find("Felt hoped to follow Herbert Hoover as director of the bureau.",
                "Felt hoped to become J. Edgar Hoover's successor as director of the bureau.")).hasSize(1);
    }

    @Test
    void aNicknameAnInitialOrAMiddleNameIsOneName() {
        String told = " fired two shots outside the bar, police said.";
        assertThat(find("Jim Greene" + told, "James Greene" + told)).isEmpty();
        assertThat(find("J. Greene" + told, "James Greene" + told)).isEmpty();
        assertThat(find("Edgar Greene" + told, "J. Edgar Greene" + told)).isEmpty();
        assertThat(find("Yury Greene" + told, "Yuri Greene" + told)).isEmpty();
    }

    @Test
    void anArticleThatNamesBothNamesTwoPeople() {
        assertThat(find("Warren Jeffs took over the church from Rulon Jeffs, his father, in 2002.",
                "Warren Jeffs took over the church in 2002.",
                "Rulon Jeffs led the church until his death in 2002.")).isEmpty();
    }

    @Test
    void aTitleOrAWordBeforeOtherNamesIsNoGivenName() {
        assertThat(find("Senator Obama told the crowd in Denver that the rule would be reversed.",
                "Barack Obama told the crowd in Denver that the rule would be reversed.")).isEmpty();
        assertThat(find("Trooper Bill Hakim stopped the car. Trooper Hakim said the driver was calm.",
                "Bill Hakim stopped the car and said the driver was calm.")).isEmpty();
    }

    @Test
    void aMiddleInitialAfterAGivenNameIsNoGivenName() {
        assertThat(find("Brian G. Nichols was led into the courtroom on Monday by deputies.",
                "Brian Nichols was led into the courtroom on Monday by deputies.")).isEmpty();
    }

    @Test
    void placesAndInstitutionsAreNoPeople() {
        assertThat(find("The quake was felt across Sonoma County early on Sunday morning.",
                "The quake was felt across Lake County early on Sunday morning.")).isEmpty();
        assertThat(find("Troops crossed into North Korea after the talks failed on Sunday.",
                "Troops crossed into South Korea after the talks failed on Sunday.")).isEmpty();
    }

    @Test
    void twoNamesToldInUnrelatedWordsAreNotPaired() {
        assertThat(find("Herbert Hoover was elected president in 1928 after a landslide.",
                "The bureau was run for decades by J. Edgar Hoover from its Washington headquarters.")).isEmpty();
    }
}
