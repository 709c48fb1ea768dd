package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "one" is a count where news counts with it, and a pronoun or determiner everywhere else. */
class OneAsCountTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            A storm hit the coast, killing three people and injuring one.    | one
            The blast wounded one and damaged two houses.                    | one
            Police arrested one at the scene.                                | one
            The landslide buried a bus, killing one person.                  | one
            One child was among the victims.                                 | One
            At least one elderly woman was taken to hospital.                | At least one
            Only one passenger survived the crash.                           | one
            Just one was found alive, officials said.                        | one
            """)
    void oneCountsAfterAnEventVerbBeforeACountedPersonOrWhenRestricted(String text, String value) {
        assertThat(values(text)).contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "El Oro, one of the worst-hit provinces, was cut off.",
            "No one was hurt in the second blast.",
            "The two leaders blamed one another for the delay.",
            "He was the one who raised the alarm.",
            "One said the train had been speeding.",
            "One witness said the bridge swayed before it fell.",
            "One passenger who was on board told reporters the ship tilted.",
            "It was the only one left standing.",
            "One way to cut costs is to close stores.",
            "Each one of the barges carried grain.",
    })
    void pronounsAndDeterminersAreNoCounts(String text) {
        assertThat(values(text)).noneMatch(v -> v.equalsIgnoreCase("one") || v.toLowerCase().endsWith(" one"));
    }

    @ParameterizedTest(name = "{0} [{1}] counts {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A storm hit the coast, killing at least 12 people and injuring one.   | one            | person
            The train derailed, killing at least 115 and injuring about 150 people. | at least 115 | person
            Gunmen killed 30 soldiers and wounded 12 on Sunday.                   | 12             | soldier
            """)
    void aValueOfACoordinatedEventSharesTheNounOfItsNeighbour(String text, String value, String thing) {
        assertThat(find(text, value).thing()).isEqualTo(thing);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            The ship carried 40 containers and 12 crew.                           | 40
            Police arrested 12 people and questioned 40 on Friday.                | 40
            """)
    void withoutAnEventVerbOnBothSidesNoNounIsShared(String text, String value) {
        assertThat(find(text, value).thing()).isNotEqualTo("person");
    }

    private List<String> values(String text) {
        return quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()).stream().map(Candidate::text).toList();
    }

    private Candidate find(String text, String value) {
        return quantities.extract(new Sentence(0, 0, 0, 0, text), List.of()).stream()
                .filter(c -> c.text().equals(value)).findFirst().orElseThrow(() -> new AssertionError(value + " not read"));
    }
}
