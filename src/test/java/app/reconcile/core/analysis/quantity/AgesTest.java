package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.text.ValueHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgesTest {

    /** {@code after} starts after the value and its unit: "55-year-old" leaves "-old ...". */
    @ParameterizedTest(name = "[{0}] {1} [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            said Hussein Kadhim,                  | 34 | .                          | age:
            the driver of the second train, aged  | 52 | , was hurt                 | age:driver
            the                                   | 55 | -old driver                | age:driver
            a                                     | 22 | -old apprentice, the youngest victim | age:apprentice youngest
            The youngest of the victims was       | 24 | .                          | age:youngest
            a                                     | 30 | -old man                   | age:
            killing                               | 34 | people                     | none
            Lopes,                                | 47 | million people             | none
            aged                                  | 130 | .                         | none
            """)
    void anAgeAndWhoseItIs(String before, double amount, String after, String expected) {
        var holders = Ages.holders(before + " ", after.startsWith("-") ? after : " " + after, amount);

        if (expected.equals("none")) {
            assertThat(holders).isEmpty();
        } else {
            String roles = expected.substring("age:".length());
            List<String> keys = roles.isEmpty() ? List.of()
                    : Arrays.stream(roles.split(" ")).map(ValueHolder::key).toList();
            assertThat(holders).contains(keys);
        }
    }
}
