package app.reconcile.core.analysis.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WordScanner} finds exactly the words {@link Words#WORD} finds. */
class WordScannerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Fourteen people died, officials said on Aug. 6.",
            "The full-scale war's 4,500 job cuts at 9:15 p.m. (U.S.) cost $1.4bn",
            "Trump’s -abc abc- a--b a-'b 1. 1.2.3 1,,2 :5 12:00: x1y2",
            "Zaporizhzhia Zaporizhzhya Zoe\u0301 \u0301abc café-Bar",
            "\uD835\uDC00bc \uD801\uDC00\uD801\uDC28 \uD83D\uDE00 emoji",
            "١٢٣ Arabic-Indic digits ²³ superscripts",
            ""})
    void findsTheWordsOfTheRegex(String text) {
        assertThat(scanned(text, 0, text.length())).isEqualTo(matched(text, 0, text.length()));
    }

    @Property(tries = 3000)
    void agreesWithTheRegexOnArbitraryText(@ForAll("tricky") String text) {
        assertThat(scanned(text, 0, text.length())).isEqualTo(matched(text, 0, text.length()));
    }

    @Property(tries = 3000)
    void agreesWithTheRegexInsideARegion(@ForAll("bmp") String text, @ForAll @IntRange(max = 30) int a,
                                         @ForAll @IntRange(max = 30) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        assertThat(scanned(text, from, to)).isEqualTo(matched(text, from, to));
    }

    @Provide
    Arbitrary<String> tricky() {
        return Arbitraries.strings()
                .withChars("aZé\u0301'’-.,:09 ½²")
                .withChars('\uD835', '\uDC00', '\uD83D', '\uDE00')
                .ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> bmp() {
        return Arbitraries.strings().withChars("aZé\u0301'’-.,:09 ").ofMaxLength(30);
    }

    private static List<String> scanned(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        WordScanner w = new WordScanner(text).region(from, to);
        while (w.find()) {
            out.add(w.start() + ":" + w.end() + ":" + w.group());
        }
        return out;
    }

    private static List<String> matched(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = Words.WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }
}
