package app.reconcile.core.analysis.text;

import app.reconcile.core.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTest {

    private final PageFurniture furniture = new PageFurniture();

    @Test
    void marksShortNonSentenceLinesAndMediaTimersButNotReporting() {
        String text = "Accessibility links\n\nTrump and Putin will meet in the coming days, an aide said.\n"
                + "please wait\n0:00 0:00:22 0:00\nThe talks lasted three hours.";

        List<String> dimmed = furniture.spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();

        assertThat(dimmed).containsExactly("Accessibility links", "please wait", "0:00 0:00:22 0:00");
    }

    @Test
    void aCaptionRepeatedOnTheNextLineIsFurnitureTheSecondTime() {
        String caption = "In this pool photograph, the president greets the envoy before their talks in Moscow.";
        String text = caption + "\n" + caption + "\nThe envoy arrived on Wednesday morning.";

        List<TextSpan> spans = furniture.spans(text);

        assertThat(spans).containsExactly(new TextSpan(caption.length() + 1, 2 * caption.length() + 1));
    }

    @Test
    void ofATeaserGluedToTheArticleOnlyTheTeaserIsFurniture() {
        String text = "SEE ALSO: Deadly Rail Accidents In EgyptThe driver of the second train has been detained, police said.";

        List<String> dimmed = furniture.spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();

        assertThat(dimmed).containsExactly("SEE ALSO: Deadly Rail Accidents In Egypt");
    }

    @Test
    void aTeaserWithNothingGluedToItIsFurnitureWhole() {
        String text = "SEE ALSO: Deadly Rail Accidents In Egypt\nThe driver has been detained, police said.";

        assertThat(furniture.spans(text)).containsExactly(new TextSpan(0, 40));
    }

    @Test
    void emptyTextHasNoFurniture() {
        assertThat(furniture.spans("")).isEmpty();
    }
}
