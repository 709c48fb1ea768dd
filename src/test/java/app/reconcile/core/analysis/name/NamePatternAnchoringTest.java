package app.reconcile.core.analysis.name;

import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredScans;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name pattern is tried only at upper-case letters and particles ({@link AnchoredPattern}); on any text
 * it must find exactly what a plain find() loop finds, or a spelling variant would silently be missed.
 */
class NamePatternAnchoringTest {
    @Property(tries = 3000)
    void theNamePatternFindsWhatAFindLoopFinds(@ForAll("nameTexts") String text) {
        AnchoredPattern p = NameVariantFinder.NAME;
        assertThat(AnchoredScans.byScan(p, text)).as(text).isEqualTo(AnchoredScans.byFind(p, text));
    }

    @Provide
    Arbitrary<String> nameTexts() {
        return AnchoredScans.textsOf("Yury", "Yuri", "Zelenskyy", "McDonald", "al-Sudani", "Al Sudani", "el-Sisi",
                "as-Sadr", "ash-Sharif", "bin Salman", "ibn Saud", "van der Meer", "von Trapp", "de la Cruz",
                "da Silva", "dos Santos", "ter Horst", "Élodie", "Łukasz", "Ørsted", "İstanbul", "Σωκράτης",
                "Putin's", "Kyiv’s", "Anne-Marie", "Ji-hoon", "Kyiv-based", "\uD801\uDC00lpha", "ǅemal", "said", "the");
    }
}
