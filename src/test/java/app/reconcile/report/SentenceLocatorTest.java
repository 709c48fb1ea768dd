package app.reconcile.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceLocatorTest {

    private static Sentence around(String text, String mention) {
        int start = text.indexOf(mention);
        return new SentenceLocator(text).around(start, start + mention.length());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            First one. Then four people died. Last one.        | four  | Then four people died.
            Headline without stop\\nBody says four died.        | four  | Body says four died.
            Headline four\\nBody text.                          | four  | Headline four
            According to Dr. Lee four died. Next.               | four  | According to Dr. Lee four died.
            Mr. Smith said four. Next.                          | four  | Mr. Smith said four.
            """)
    void findsTheSentenceAroundTheMention(String text, String mention, String expected) {
        Sentence sentence = around(text.replace("\\n", "\n"), mention);

        assertThat(sentence.text()).isEqualTo(expected);
        assertThat(sentence.marked()).isEqualTo(mention);
    }

    @Test
    void aTeaserGluedToTheSentenceIsLeftOut() {
        Sentence sentence = around("Title of the story\nSEE ALSO: Deadly Rail Accidents In EgyptThe driver of the "
                + "second train said four people died.\n", "four");

        assertThat(sentence.text()).isEqualTo("The driver of the second train said four people died.");
        assertThat(sentence.marked()).isEqualTo("four");
    }

    @Test
    void aMentionInsideFurnitureKeepsItsLine() {
        Sentence sentence = around("SEE ALSO: Four Killed In Rail Crash\nThe driver was detained, police said.", "Four");

        assertThat(sentence.text()).isEqualTo("SEE ALSO: Four Killed In Rail Crash");
    }

    @Test
    void mentionSpanningTwoSentencesGetsBoth() {
        Sentence sentence = around("Intro. It was four. Five more came. End.", "four. Five");

        assertThat(sentence.text()).isEqualTo("It was four. Five more came.");
    }

    @Test
    void runOnParagraphIsShortenedAroundTheMentionWithEllipses() {
        String words = "word ".repeat(200);
        Sentence sentence = around(words + "four " + words, "four");

        assertThat(sentence.text()).startsWith("\u2026word").endsWith("word\u2026").hasSizeLessThan(520);
        assertThat(sentence.marked()).isEqualTo("four");
    }

    @Test
    void offsetsBeyondTheTextAreClamped() {
        Sentence sentence = new SentenceLocator("Short.").around(3, 99);

        assertThat(sentence.text()).isEqualTo("Short.");
        assertThat(sentence.marked()).isEqualTo("rt.");
    }
}
