package app.reconcile.core.names;

import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TypedValuesTest {
    private static final Fact CHILDREN = new Fact("f1", FactKind.NUMBER, "children", Verdict.CONFLICT, List.of(
            new Mention("a1", 0, 4, "Four", "4"), new Mention("a2", 10, 13, "two", "2")));

    @ParameterizedTest
    @CsvSource(textBlock = """
            two,   2
            Two,   2
            2,     2
            2.0,   2
            four,  4
            FOUR,  4
            three, ''
            12,    ''
            """)
    void aTypedValueMatchesTheStatedValueItMeans(String typed, String stated) {
        assertThat(TypedValues.match(CHILDREN, typed).map(v -> v.value()).orElse(""))
                .isEqualTo(stated == null ? "" : stated);
    }
}
