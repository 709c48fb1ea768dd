package app.reconcile.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MdTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            plain words, no markup => plain words, no markup
            a | b                  => a \\| b
            "# not a heading"      => \\# not a heading
            *bold* _it_ `code`     => \\*bold\\* \\_it\\_ \\`code\\`
            <img src=x>            => \\<img src=x\\>
            [link](http://x)       => \\[link\\](http://x)
            ~~gone~~               => \\~\\~gone\\~\\~
            - not a list           => \\- not a list
            1. not a list          => 1\\. not a list
            AT&T &amp; co          => AT&T \\&amp; co
            Ünïcødé 'x' "y"        => Ünïcødé 'x' "y"
            """)
    void escapesMarkdownSignificantCharacters(String raw, String escaped) {
        assertThat(Md.escape(raw)).isEqualTo(escaped);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line one\\nline two  | line one line two
            - item\\nnext        | \\- item next
            """)
    void inlineTextKeepsToOneLine(String raw, String expected) {
        assertThat(Md.inline(raw.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
