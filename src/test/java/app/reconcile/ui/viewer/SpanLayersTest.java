package app.reconcile.ui.viewer;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanLayersTest {

    /** "len:classes" per span, e.g. "2:[] 3:[a, b]". */
    private static String describe(StyleSpans<Collection<String>> spans) {
        List<String> parts = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            parts.add(span.getLength() + ":" + span.getStyle());
        }
        return String.join(" ", parts);
    }

    @Test
    void aLayerCoversTheWholeTextWithGapsAsEmptyStyles() {
        var spans = SpanLayers.layer(10, List.of(new StyledRange(2, 5, "a")));

        assertThat(describe(spans)).isEqualTo("2:[] 3:[a] 5:[]");
        assertThat(spans.length()).isEqualTo(10);
    }

    @Test
    void overlappingRangesInOneLayerGetBothClassesWhereTheyOverlap() {
        var spans = SpanLayers.layer(8, List.of(new StyledRange(0, 4, "a"), new StyledRange(2, 6, "b")));

        assertThat(describe(spans)).isEqualTo("2:[a] 2:[a, b] 2:[b] 2:[]");
    }

    @Test
    void layersAreMergedSoEveryPositionCarriesTheUnionOfClasses() {
        var merged = SpanLayers.merge(10, List.of(
                List.of(new StyledRange(2, 6, "rc-conflict")),
                List.of(new StyledRange(2, 6, "rc-unresolved")),
                List.of(new StyledRange(4, 8, "rc-selected"))));

        assertThat(describe(merged))
                .isEqualTo("2:[] 2:[rc-conflict, rc-unresolved] 2:[rc-conflict, rc-unresolved, rc-selected] 2:[rc-selected] 2:[]");
    }

    @Test
    void rangesBeyondTheTextAreClipped() {
        var spans = SpanLayers.merge(4, List.of(List.of(new StyledRange(2, 9, "a"))));

        assertThat(describe(spans)).isEqualTo("2:[] 2:[a]");
    }

    @Test
    void noRangesGiveOneEmptySpan() {
        assertThat(describe(SpanLayers.merge(5, List.of(List.of())))).isEqualTo("5:[]");
    }
}
