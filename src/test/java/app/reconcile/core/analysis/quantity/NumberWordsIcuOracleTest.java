package app.reconcile.core.analysis.quantity;

import com.ibm.icu.text.RuleBasedNumberFormat;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine reads spelled-out numbers with a small grammar rather than ICU, which costs half a second
 * of class loading on every cold start of the CLI (see docs/performance.md). ICU4J's English spell-out
 * rules remain the reference: every number ICU spells, the grammar must read back to the same value.
 */
class NumberWordsIcuOracleTest {
    private final RuleBasedNumberFormat icu = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    private final NumberWords words = new NumberWords();

    @Test
    void readsBackEveryCardinalIcuSpellsUpToTenThousand() {
        LongStream.rangeClosed(0, 10_000).forEach(this::assertRoundTrip);
    }

    @Test
    void readsBackIcuSpellingsOfLargeRoundAndIrregularNumbers() {
        LongStream.of(12_000, 25_000, 100_000, 250_000, 999_999, 1_000_000, 1_400_000, 6_443_000, 20_000_000,
                1_000_000_000L, 1_400_000_000L).forEach(this::assertRoundTrip);
    }

    private void assertRoundTrip(long n) {
        String spelled = icu.format(n);
        OptionalDouble read = words.parse(spelled);
        assertThat(read).as("\"%s\"", spelled).isPresent();
        assertThat(read.getAsDouble()).as("\"%s\"", spelled).isEqualTo((double) n);
    }
}
