package app.reconcile.core.analysis.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written helpers that replaced regexes compiled on every call ({@code split("\\s+")},
 * {@code matches(".*\\p{L}{3,}.*")}, {@code replaceAll("-.*", "")}) say exactly what those regexes said.
 */
class RegexFreeHelpersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "a", " a", "a ", " a b ", "a\tb\u000Bc\fd\re\nf", "a\u00A0b", "a\u2003b",
            "\n\na", "two  words", "x\u0085y"})
    void splitCountIsTheLengthOfSplitOnWhiteSpace(String s) {
        assertThat(Words.splitCount(s)).isEqualTo(s.split("\\s+").length);
    }

    @Property(tries = 2000)
    void splitCountAgreesWithSplitOnArbitraryText(@ForAll("spaced") String s) {
        assertThat(Words.splitCount(s)).isEqualTo(s.split("\\s+").length);
    }

    @Property(tries = 2000)
    void aCappedSplitCountIsTheSmallerOfCapAndCount(@ForAll("spaced") String s,
                                                   @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int cap) {
        assertThat(Words.splitCount(s, cap)).isEqualTo(Math.min(cap, s.split("\\s+").length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "abc", "ab c", "12 abc", "ab\ncde", "abc\u2028", "a\u0085bcd", "ÉÀÜ",
            "\uD835\uDC00\uD835\uDC01b", "\uD835\uDC00\uD835\uDC01", "ǅab", "a-b-c"})
    void threeLettersOnOneLineIsWhatTheRegexMatched(String s) {
        assertThat(BoilerplateFilter.hasThreeLettersOnOneLine(s)).isEqualTo(s.matches(".*\\p{L}{3,}.*"));
    }

    @Property(tries = 2000)
    void threeLettersAgreesWithTheRegexOnArbitraryText(@ForAll("spaced") String s) {
        assertThat(BoilerplateFilter.hasThreeLettersOnOneLine(s)).isEqualTo(s.matches(".*\\p{L}{3,}.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "full-scale", "a-b-c", "abc", "-abc", "abc-"})
    void beforeHyphenIsWhatReplaceAllKept(String s) {
        assertThat(Words.beforeHyphen(s)).isEqualTo(s.replaceAll("-.*", ""));
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings()
                .withChars("ab1 -\t\n\r\f\u000B\u00A0\u2028\u0085É")
                .withChars('\uD835', '\uDC00')
                .ofMaxLength(20);
    }
}
