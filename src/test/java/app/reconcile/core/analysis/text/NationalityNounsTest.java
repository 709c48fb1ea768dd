package app.reconcile.core.analysis.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** People named by their nation after a count ("153 Ukrainians returned home"), not a town or a qualifier. */
class NationalityNounsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            Ukrainians, returned, true
            Americans,  were,     true
            Israelis,   were,     true
            Israelis,   '',       true
            Memphis,    police,   false
            Egyptian,   business, false
            Paris,      '',       false
            Kansas,     were,     false
            USAians,    were,     false
            """)
    void aPluralOfANationAfterACountNamesPeople(String word, String next, boolean people) {
        assertThat(NationalityNouns.isPlural(word, next)).isEqualTo(people);
    }
}
