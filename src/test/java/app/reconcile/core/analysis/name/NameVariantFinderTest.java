package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which spelling pairs are one entity, given the two sentences they appear in. */
class NameVariantFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kremlin aide Yury Ushakov said so.                 | Kremlin aide Yuri Ushakov said so.                  | true
            President Volodymyr Zelenskyy spoke.               | President Volodymyr Zelensky spoke.                 | true
            regions of Donetsk, Luhansk, Zaporizhzhya and more. | regions of Donetsk, Luhansk, Zaporizhzhia and more. | true
            Russia struck Kyiv at night.                        | Russian forces struck Kyiv at night.                | false
            Ukraine was hit by drones.                          | Ukrainian towns were hit by drones.                 | false
            Trump said it at once.                              | Trump's team said it at once.                       | false
            Secretary Mark Rutte came.                          | Secretary Marco Rubio came.                         | false
            Envoy Putin had agreed.                             | Envoy Putinhad agreed.                              | false
            Governor Asaad al-Eidani told reporters.            | Governor Asaad al-Idani told reporters.             | true
            Minister Kamel al-Wazir said so.                    | Minister Kamel el-Wazir said so.                    | true
            Prime Minister Mohammed al-Sudani spoke.            | Prime Minister Mohammed Al Sudani spoke.            | true
            Prime Minister Mohammed al-Sudani spoke.            | Prime Minister Sudani spoke.                        | false
            Al-Sudani spoke first.                              | Mohammed al-Sudani spoke first.                     | false
            Coach Jan van der Berg resigned.                    | Coach Jan van den Berg resigned.                    | true
            Prime Minister Viktor Orban spoke.                  | Prime Minister Viktor Orbán spoke.                  | true
            Chief executive Dmytro Kovalenko said so.           | Chief executive Dmitry Kovalenko said so.           | true
            Minister Oleksandr Kubrakov said so.                | Minister Aleksandr Kubrakov said so.                | true
            President Vladimir Putin spoke.                     | President Volodymyr Zelenskyy spoke.                | false
            Dmytro Kuleba spoke in Kyiv.                        | Dmitry Peskov spoke in Kyiv.                        | false
            Epidemiologist Yevgenia Kuznetsova said so.         | Epidemiologist Evgenia Kuznetsova said so.          | true
            Yevgenia Kuznetsova said so.                        | Anna Kuznetsova said so.                            | false
            Union leader Mikael Sørensen said so.               | Union leader Michael Sorensen said so.              | true
            Union leader Mikael Sorensen said so.               | Union leader Michael Sorensen said so.              | true
            Union leader Mikael Sorensen said so.               | Union leader Michael Larsen said so.                | false
            Envoy Mikhail Ulyanov said so.                      | Envoy Michail Ulyanov said so.                      | true
            He will travel to Samarkand on Wednesday.           | He will hold meetings in Samarqand with officials.  | true
            He will travel to Iraq on Wednesday.                | He will hold meetings in Irak with officials.       | false
            He will travel to Samarkand on Wednesday.           | He will hold meetings in Samarkands with officials. | false
            Forward Hwang Ji-hoon scored first.                 | Striker Hwang Jee-hoon scored first.                | true
            Forward Hwang Ji-hoon scored first.                 | Striker Park Jee-hoon scored first.                 | false
            The Kyiv-based group said so.                       | The Kiev-based group said so.                       | false
            The commandos boarded the Salahaddin at dawn.       | The sailors boarded the Salaluddin at dawn.         | true
            The commandos boarded the Salahaddin at dawn.       | The pirates fled in the Salaluddin yesterday.       | false
            The commandos boarded the Salahaddin at dawn.       | The sailors boarded the Salamander at dawn.         | false
            Reporter Bob Woodard wrote it.                      | Reporter Bob Woodward wrote it.                     | true
            """)
    void spellingsAreOneEntityOnlyWhenCloseNotInflectedAndAnchored(String first, String second, boolean oneEntity) {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 0, 0, first), new Sentence(1, 0, 0, 0, second));
        List<NameVariantFinder.Variants> found = new NameVariantFinder().find(sentences, List.of("a1", "a2"));
        assertThat(!found.isEmpty()).isEqualTo(oneEntity);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Mathematics Institute of Chile said so.          | The Chilean Mathematical Institute said so.
            The Genetics Research Institute said so.             | The Genetical Research Institute said so.
            The Nigeria Police Force said so.                    | The Nigerian Police Force said so.
            The Politics Faculty Board met.                      | The Political Faculty Board met.
            The Germany Trade Agency said so.                    | The German Trade Agency said so.
            The Iraq Defence Ministry said so.                   | The Iraqi Defence Ministry said so.
            """)
    void derivedFormsOfOneWordAreNoSpellingVariants(String first, String second) {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 0, 0, first), new Sentence(1, 0, 0, 0, second));
        assertThat(new NameVariantFinder().find(sentences, List.of("a1", "a2"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kremlin aide Yury Ushakov said so. | Kremlin aide Yuri Ushakov said so. | Ushakov (first name) | Yury | Yuri
            Doctors of the Sechenov University said so. | Doctors of the Setchenov University said so. | Sechenov / Setchenov University (spelling) | Sechenov | Setchenov
            Minister Kamel al-Wazir said so.   | Minister Kamel el-Wazir said so.   | Wazir (particle: al- / el-) | al-Wazir | el-Wazir
            President Abdel Fattah al-Sisi said so. | President Abdel Fattah el-Sissi said so. | Sisi / Sissi (spelling; particle: al- / el-) | al-Sisi | el-Sissi
            Secretary Ramon de la Peña said so. | Secretary Ramon dela Pena said so. | Pena / Peña (spelling; particle: dela / de la) | de la Peña | dela Pena
            """)
    void aVariantFactHoldsEachSpellingAsItsValue(String first, String second, String label, String a, String b) {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 0, 0, first), new Sentence(1, 0, 0, 0, second));
        NameVariantFinder.Variants v = new NameVariantFinder().find(sentences, List.of("a1", "a2")).get(0);
        assertThat(v.label()).isEqualTo(label);
        assertThat(v.mentions()).extracting(Mention::value).containsExactlyInAnyOrder(a, b);
    }
}
