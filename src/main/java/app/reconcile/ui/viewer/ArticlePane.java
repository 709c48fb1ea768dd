package app.reconcile.ui.viewer;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.ui.common.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.List;
import java.util.function.Consumer;

/**
 * One article: its source and title over a read-only, wrapping text area with the fact highlights.
 * Clicking a highlight reports the fact under the pointer.
 */
public final class ArticlePane extends VBox {
    public static final double MIN_WIDTH = 250;
    private static final int LONG_PARAGRAPH = 600;

    private final Article article;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private List<Fact> facts = List.of();

    public ArticlePane(Article article, Consumer<String> onFactClicked) {
        this.article = article;
        setId("pane-" + article.id());
        getStyleClass().add(StyleClasses.ARTICLE_PANE);
        setMinWidth(MIN_WIDTH);

        Label source = new Label(article.source().isBlank() ? article.id() : article.source());
        source.getStyleClass().add(StyleClasses.ARTICLE_HEADER);
        source.setId("source-" + article.id());
        Label title = new Label(article.title());
        title.getStyleClass().add(StyleClasses.ARTICLE_SUBTITLE);
        title.setTooltip(new Tooltip(article.title()));
        source.setMaxWidth(Double.MAX_VALUE);
        title.setMaxWidth(Double.MAX_VALUE);

        area.setId("area-" + article.id());
        area.getStyleClass().add(StyleClasses.ARTICLE_TEXT);
        area.replaceText(article.text());
        area.setEditable(false);
        area.setWrapText(true);
        area.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                area.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(offset ->
                        HighlightLayers.factAt(article.id(), offset, facts).ifPresent(f -> onFactClicked.accept(f.id())));
            }
        });
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(source, title, scroll);
    }

    public Article article() {
        return article;
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Re-applies all highlight layers at once (one {@code setStyleSpans} call). */
    public void highlight(List<Fact> allFacts, String selectedFactId) {
        this.facts = allFacts;
        int length = area.getLength();
        area.setStyleSpans(0, SpanLayers.merge(length, HighlightLayers.of(article.id(), allFacts, selectedFactId)));
    }

    /** Brings the fact's first mention in this article into view, centred. */
    public void reveal(Fact fact) {
        HighlightLayers.firstMention(article.id(), fact).ifPresent(this::reveal);
    }

    private void reveal(Mention mention) {
        int paragraph = area.offsetToPosition(mention.start(), TwoDimensional.Bias.Forward).getMajor();
        area.moveTo(mention.start());
        area.showParagraphAtCenter(paragraph);
        if (area.getParagraph(paragraph).length() > LONG_PARAGRAPH) {
            // a centred long paragraph may still hide the mention: then bring the mention itself into view
            area.requestFollowCaret();
        }
    }
}
