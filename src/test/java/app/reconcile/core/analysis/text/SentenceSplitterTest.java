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
}
