package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.quantity.QuantityExtractor;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nationality that qualifies another noun than the value's is no name of the named-places veto (nor is the
 * source of the figure: "..., Salam said").
 */
class DemonymsTest {
    private final QuantityExtractor quantities = new QuantityExtractor(new NumberWords(), new LightStemmer());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Then Salam came with 40 business leaders, the most by any Arab foreign minister. | 40 | salam
            He came with 45 Egyptian business leaders, Salam said.                         | 45 | egypt
            Gunmen killed two Russian soldiers near Kharkiv.                               | two | russi khark
            Two people were killed in Tehran province.                                     | Two | tehra
            The Upper Silesian basin holds 12 mines, Salam said.                           | 12 | upper siles
            """)
    void aNationalityCountsOnlyBeforeTheValuesOwnNoun(String text, String value, String names) {
        Sentence s = new Sentence(0, 0, 0, 0, text);
        var candidate = quantities.extract(s, List.of()).stream().filter(c -> c.text().equals(value)).findFirst()
                .orElseThrow();
        assertThat(NamedPlaces.in(s).besides(candidate)).filteredOn(n -> !n.startsWith(NamedPlaces.MAYBE))
                .containsExactlyInAnyOrderElementsOf(Set.of(names.split(" ")));
    }
}
