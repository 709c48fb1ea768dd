package app.reconcile.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 12: outside text in a message is escaped, shortened to about 80 characters, and one line. */
class MessageTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
            line feed            | a\\nb                   | a\\\\nb
            carriage return      | a\\rb                   | a\\\\rb
            tab                  | a\\tb                   | a\\\\tb
            clear screen         | \\u001b[2J\\u001b[H     | \\\\u001B[2J\\\\u001B[H
            set window title     | \\u001b]0;pwned\\u0007  | \\\\u001B]0;pwned\\\\u0007
            NUL                  | a\\u0000b               | a\\\\u0000b
            DEL                  | a\\u007fb               | a\\\\u007Fb
            C1 CSI               | a\\u009b2Jb             | a\\\\u009B2Jb
            line separator       | a\\u2028b               | a\\\\u2028b
            right-to-left override | evil\\u202Etxt.exe    | evil\\\\u202Etxt.exe
            lone surrogate       | a\\uD800b               | a\\\\uD800b
            emoji is kept        | a\\uD83D\\uDE00b        | a\\uD83D\\uDE00b
            accents are kept     | Zo\\u00eb Qu\\u00e9bec  | Zo\\u00eb Qu\\u00e9bec
            """)
    void controlAndLayoutCharactersBecomeVisibleEscapes(String what, String raw, String expected) {
        assertThat(MessageText.quote(unescape(raw))).isEqualTo(unescape(expected));
    }

    @Test
    void aLongQuoteKeepsItsStartAndEndAroundAnEllipsis() {
        String name = "a".repeat(300) + "-final-draft.json";

        String quoted = MessageText.quote(name);

        assertThat(quoted.length()).isBetween(75, 80);
        assertThat(quoted).startsWith("aaaa").endsWith("-final-draft.json").contains(MessageText.ELLIPSIS);
    }

    @Test
    void shorteningNeverCutsAnEscapeOrAnEmoji() {
        for (int shift = 0; shift < 8; shift++) {
            String quoted = MessageText.quote("x".repeat(shift) + "\u001b\uD83D\uDE00".repeat(60));

            assertThat(quoted.replace(MessageText.ELLIPSIS, "")).matches("x*(\\\\u001B\uD83D\uDE00)*(\\\\u001B)?"
                    + "(\uD83D\uDE00\\\\u001B)*(\uD83D\uDE00)?(\\\\u001B\uD83D\uDE00)*");
            assertThat(quoted).doesNotContain("\u001b");
            quoted.chars().forEach(c -> assertThat(Character.isSurrogate((char) c) && !validPair(quoted)).isFalse());
        }
    }

    @Test
    void aWholeMessageIsOneLineOfAtMostAboutSixHundredCharacters() {
        String line = MessageText.line("p.json: 'text' is \"" + "word\n".repeat(400_000) + "\"");

        assertThat(line).doesNotContain("\n").startsWith("p.json: 'text' is \"word\\nword").endsWith("\\n\"");
        assertThat(line.length()).isLessThanOrEqualTo(MessageText.LINE_LIMIT);
    }

    @Test
    void aMessageListingProblemsKeepsOneSafeLinePerProblem() {
        String lines = MessageText.lines("a.txt: empty\nb\u001b[2J.txt: binary\n" + "c.txt: empty\n".repeat(30));

        assertThat(lines.split("\n")).hasSize(MessageText.MAX_LINES + 1);
        assertThat(lines).startsWith("a.txt: empty\nb\\u001B[2J.txt: binary\n").endsWith("and 13 more lines");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "seeds/001.txt: the file is empty";

        assertThat(MessageText.line(plain)).isSameAs(plain);
        assertThat(MessageText.quote(null)).isEmpty();
    }

    private static boolean validPair(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The table writes characters as Java escapes; {@code \\} is a backslash. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
