package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.text.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Provide
    Arbitrary<String> bracketed() {
        return Arbitraries.strings().withChars("[]ab \n").ofMaxLength(16);
    }
}
