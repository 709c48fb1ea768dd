package app.reconcile.core.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(new BoilerplateFilter());

    @Test
    void theArticleTextGluedToATeaserIsKeptWithItsOffsets() {
        String text = "SEE ALSO: Are Oil Sales To China The Answer?John Hardie, a deputy director, was cautious about a deal.";

        List<Sentence> sentences = splitter.split(0, text);

        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("John Hardie, a deputy director, was cautious about a deal.");
        assertThat(text.substring(sentences.get(0).start())).startsWith("John Hardie");
    }

    @Test
    void aTeaserAloneOnItsLineYieldsNoSentence() {
        assertThat(splitter.split(0, "SEE ALSO: Deadly Rail Accidents In Egypt\nThe driver was detained, police said."))
                .extracting(Sentence::text).containsExactly("The driver was detained, police said.");
    }

    /** One run-on line of {@code phrases} phrases with a number each, joined by "and": no full stop anywhere. */
    private static String runOn(int phrases) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < phrases; i++) {
            b.append(i == 0 ? "" : " and ").append("the storm killed ").append(100 + i).append(" cattle");
        }
        return b.toString();
    }

    @Test
    void aRunOnLineIsReadInWindowsThatCoverItWithoutGapsOrOverlaps() {
        String text = runOn(400);

        List<Sentence> windows = splitter.split(0, text);

        assertThat(text.length()).isGreaterThan(10 * SentenceSplitter.MAX_SENTENCE);
        assertThat(windows).hasSizeGreaterThan(10).allSatisfy(w -> {
            assertThat(w.text().length()).isBetween(SentenceSplitter.MAX_SENTENCE / 2, SentenceSplitter.MAX_SENTENCE);
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
        });
        assertThat(windows.get(0).start()).isZero();
        assertThat(windows.get(windows.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < windows.size(); i++) {
            assertThat(text.substring(windows.get(i - 1).end(), windows.get(i).start())).isBlank();
            assertThat(windows.get(i).index()).isEqualTo(i);
            assertThat(windows.get(i).paragraph()).isZero();
        }
    }

    @Test
    void noWindowEdgeCutsANumberFromTheTwoWordsOnEitherSide() {
        String text = runOn(400);
        List<Sentence> windows = splitter.split(0, text);

        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\S+ \\S+ \\d+ \\S+ \\S+").matcher(text);
        int checked = 0;
        for (int from = 0; number.find(from); from = number.start() + 1, checked++) {
            int start = number.start();
            int end = number.end();
            // the number with two words on either side lies in one window
            assertThat(windows).anySatisfy(w -> assertThat(w.start() <= start && end <= w.end()).isTrue());
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aWindowEndsAfterAClauseMarkWhenThereIsOne() {
        String text = "word ".repeat(150) + "a comma, " + "word ".repeat(150);

        List<Sentence> windows = splitter.split(0, text.strip());

        assertThat(windows.get(0).text()).endsWith("a comma,");
    }

    @Test
    void aLineWithoutWhiteSpaceIsCutAtTheLongestWindowButNeverInsideASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = "x".repeat(SentenceSplitter.MAX_SENTENCE - 1) + emoji + "y".repeat(700) + ".";

        List<Sentence> windows = splitter.split(0, text);

        assertThat(windows).hasSize(2);
        assertThat(windows.get(0).text()).hasSize(SentenceSplitter.MAX_SENTENCE - 1);
        assertThat(windows.get(1).text()).startsWith(emoji);
    }

    @Test
    void sentencesOfOrdinaryLengthAreNotCut() {
        String sentence = "Officials said " + "the storm damaged many homes and ".repeat(25) + "closed roads.";

        assertThat(sentence.length()).isLessThan(SentenceSplitter.MAX_SENTENCE);
        assertThat(splitter.split(0, sentence + " " + sentence)).extracting(Sentence::text)
                .containsExactly(sentence, sentence);
    }
}
