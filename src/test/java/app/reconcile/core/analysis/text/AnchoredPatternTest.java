package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.text.AnchoredPattern.Before;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static app.reconcile.core.analysis.text.AnchoredScans.byFind;
import static app.reconcile.core.analysis.text.AnchoredScans.byScan;
import static org.assertj.core.api.Assertions.assertThat;

class AnchoredPatternTest {
    private static final AnchoredPattern WORD_NUMBER = AnchoredPattern.ignoringCase(
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:one|two|three)(?:\\s+(?<unit>days?))?\\b", Pattern.CASE_INSENSITIVE),
            "ot", Before.NO_LETTER_OR_DIGIT);
    private static final AnchoredPattern MONTH_AFTER_DIGIT = AnchoredPattern.of(
            Pattern.compile("(?<![\\p{L}])May\\b"), "M", Before.NO_LETTER);
    private static final AnchoredPattern ANYWHERE = AnchoredPattern.of(Pattern.compile("\\d+|day\\b"), "0123456789d",
            Before.ANYTHING);

    @Test
    void findsWhatAFindLoopFindsWithItsGroups() {
        assertThat(byScan(WORD_NUMBER, "Two days later, one more; someone two")).containsExactly(
                "0-8|0:Two days|4:days", "16-19|16:one|-1:null", "34-37|34:two|-1:null");
    }

    @Test
    void skipsTheMiddleOfWordsOnlyWhereThePatternForbidsThem() {
        assertThat(byScan(WORD_NUMBER, "stone atone")).isEmpty();
        assertThat(byScan(MONTH_AFTER_DIGIT, "5May and Mayday, May")).containsExactly("1-4|1:May", "17-20|17:May");
        assertThat(byScan(ANYWHERE, "Monday 12")).containsExactly("3-6|3:day", "7-9|7:12");
    }

    @Test
    void aScanIsEmptyOnEmptyTextAndFoundInSaysWhetherAnyMatchExists() {
        assertThat(byScan(WORD_NUMBER, "")).isEmpty();
        assertThat(WORD_NUMBER.foundIn("it was three")).isTrue();
        assertThat(WORD_NUMBER.foundIn("it was thirty")).isFalse();
    }

    @Property(tries = 2000)
    void agreesWithAFindLoop(@ForAll("texts") String text) {
        for (AnchoredPattern p : List.of(WORD_NUMBER, MONTH_AFTER_DIGIT, ANYWHERE)) {
            assertThat(byScan(p, text)).as("%s on %s", p.pattern(), text).isEqualTo(byFind(p, text));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return AnchoredScans.textsOf("one", "two", "three", "days", "day", "stone", "May", "Monday", "some");
    }
}
