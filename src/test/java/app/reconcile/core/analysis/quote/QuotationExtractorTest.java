package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.text.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationExtractorTest {
    private final QuotationExtractor extractor = new QuotationExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"", "no brackets", "[Ukrainian] President", "a [b] c [d] e", "[unclosed", "a ] b [",
            "[a[b] c]", "[]", "x [y", "[a] [b", "]["})
    void editorialInsertionsGoAsTheRegexRemovedThem(String s) {
        assertThat(QuotationExtractor.withoutInsertions(s)).isEqualTo(s.replaceAll("\\[[^\\]]*]", " "));
    }

    @Property(tries = 2000)
    void insertionsAgreeWithTheRegexOnArbitraryText(@ForAll("bracketed") String s) {
        assertThat(QuotationExtractor.withoutInsertions(s)).isEqualTo(s.replaceAll("\\[[^\\]]*]", " "));
    }

    @Test
    void aSentenceWithoutQuoteMarksQuotesNothing() {
        assertThat(extractor.extract(new Sentence(0, 0, 0, 0, "He said it was a sad day for everyone."), "a1"))
                .isEmpty();
    }

    @Test
    void aQuotationLosesItsEditorialInsertions() {
        Sentence s = new Sentence(0, 0, 0, 10, "He said: “The [Ukrainian] president will come.”");
        assertThat(extractor.extract(s, "a1")).singleElement()
                .satisfies(q -> assertThat(q.words()).containsExactly("the", "president", "will", "come"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"“", "\""})
    void aQuotationOfTwoSentencesGoesOnToItsClosingMark(String mark) {
        String first = mark + "The talks seemed useful to me.";
        String second = "There is a need to end the unhealthy situation between our capitals," + closing(mark)
                + " the minister said.";

        assertThat(extractor.extract(new Sentence(0, 0, 3, 0, first), "a1")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("The talks seemed useful to me"));
        assertThat(extractor.extract(new Sentence(0, 1, 3, first.length() + 1, second), "a1")).singleElement()
                .satisfies(q -> {
                    assertThat(q.text()).isEqualTo("There is a need to end the unhealthy situation between our capitals");
                    assertThat(q.start()).isEqualTo(first.length() + 1);
                });
    }

    @Test
    void aSentenceInTheMiddleOfALongQuotationIsQuotedWhole() {
        extractor.extract(new Sentence(0, 0, 1, 0, "“We will not give up."), "a1");
        assertThat(extractor.extract(new Sentence(0, 1, 1, 22, "Our people deserve better."), "a1"))
                .singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Our people deserve better"));
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraph() {
        extractor.extract(new Sentence(0, 0, 1, 0, "“We will not give up."), "a1");
        assertThat(extractor.extract(new Sentence(0, 1, 2, 30, "Officials said the talks would resume."), "a1"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "“"})
    void aQuotationGoesOnIntoTheNextParagraphWhenThatOneClosesIt(String mark) {
        extractor.extract(new Sentence(0, 0, 1, 0, mark + "I believe he did not win."), "a1");
        String next = "In his own words, it's not in his DNA to stay in jail," + closing(mark) + " said Christina Greenway.";
        assertThat(extractor.extract(new Sentence(0, 1, 2, 30, next), "a1")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("In his own words, it's not in his DNA to stay in jail"));
    }

    @Test
    void aParagraphThatOpensItsOwnQuotationDoesNotGoOnWithThePreviousOne() {
        extractor.extract(new Sentence(0, 0, 1, 0, "\"We will not give up."), "a1");
        assertThat(extractor.extract(new Sentence(0, 1, 2, 30, "\"Our people deserve better,\" she added."), "a1"))
                .singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Our people deserve better"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "it is over,\" he said.               | true",
            "it is over,” he said.                | true",
            "\"It is over.                        | false",
            "He said \"it is over\" and left.     | false",
            "He said “it is over.                 | false",
            "No marks at all.                     | false",
            "done,\" he said, \"and gone.\"        | true",
    })
    void aParagraphContinuesAQuotationWhenItsFirstMarkCloses(String text, boolean closes) {
        assertThat(QuotationExtractor.closesFirst(text)).isEqualTo(closes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trump says 'good chance' he will meet Putin                 | good chance",
            "The minister called the talks ‘quite useful’, officials said. | quite useful",
            "He called it 'a very sad day.'                               | a very sad day",
    })
    void singleQuotesQuoteInASentenceWithoutDoubleQuotes(String sentence, String quoted) {
        assertThat(extractor.extract(new Sentence(0, 0, 0, 0, sentence), "a1")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo(quoted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trump's envoy met Putin's aide in Moscow.", "They played rock 'n' roll all night.",
            "Prices were last this high in the '90s, traders said.", "The players' union rejected the offer.",
            "It was a ‘historic day for all of us, he said."})
    void apostrophesAndUnclosedSingleQuotesQuoteNothing(String sentence) {
        assertThat(extractor.extract(new Sentence(0, 0, 0, 0, sentence), "a1")).isEmpty();
    }

    private static String closing(String mark) {
        return mark.equals("“") ? "”" : mark;
    }

    @Provide
    Arbitrary<String> bracketed() {
        return Arbitraries.strings().withChars("[]ab \n").ofMaxLength(16);
    }
}
