package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteSpeakersTest {
    /** Sentences of one article, one paragraph each, with the quotations the extractor reads from them. */
    private static List<Quotation> attributed(String... lines) {
        List<Sentence> sentences = new ArrayList<>();
        List<Quotation> quotes = new ArrayList<>();
        QuotationExtractor extractor = new QuotationExtractor();
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            Sentence s = new Sentence(0, i, i, offset, lines[i]);
            sentences.add(s);
            quotes.addAll(extractor.extract(s, "a1"));
            offset += lines[i].length() + 1;
        }
        return new QuoteSpeakers().attribute(sentences, quotes);
    }

    @Test
    void theSpeakerIsTheNameBesideTheQuotation() {
        assertThat(attributed("\"I don't think Brian Nichols won,\" said Christina Greenway, daughter of the reporter."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("greenway"));
    }

    @Test
    void theSpeakerMayComeBeforeTheQuotation() {
        assertThat(attributed("Prosecutor Paul Howard told the court: \"He showed no remorse at all.\""))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("howard"));
    }

    @Test
    void aQuotationOfSeveralParagraphsIsAttributedWhereItCloses() {
        List<Quotation> q = attributed("\"I believe Brian Nichols did not win.",
                "In his own words, it's not his DNA to stay in jail,\" said Christina Greenway.");
        assertThat(q).extracting(Quotation::speaker).containsExactly("greenway", "greenway");
    }

    @Test
    void aQuotationWithNoNameTakesTheSpeakerOfTheOneJustBefore() {
        List<Quotation> q = attributed("\"We did what we could,\" Mayor Ann Smith said.",
                "\"Nobody could have stopped that water.\"");
        assertThat(q).extracting(Quotation::speaker).containsExactly("smith", "smith");
    }

    @Test
    void aQuotationFarFromAnyNameHasNoSpeaker() {
        List<Quotation> q = attributed("\"We did what we could,\" Mayor Ann Smith said.", "The river rose overnight.",
                "Rescuers worked until dawn.", "Roads were closed.", "\"Nobody could have stopped that water.\"");
        assertThat(q).extracting(Quotation::speaker).containsExactly("smith", "");
    }

    @Test
    void aNameInsideTheQuotationIsNotItsSpeaker() {
        assertThat(attributed("He said: \"Brian Nichols did not win.\"")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEmpty());
    }
}
