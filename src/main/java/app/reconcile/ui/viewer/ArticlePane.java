package app.reconcile.ui.viewer;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.PageFurniture;
import app.reconcile.core.edit.Selection;
import app.reconcile.core.names.SourceNames;
import app.reconcile.ui.common.StyleClasses;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One article: its source's name (with the publication date, when known) and title over a read-only, wrapping
 * text area with the fact highlights and an overview ruler. Clicking a highlight reports the fact and mention
 * under the pointer; the context menus
 * offer the fact edits (on the text) and rename/remove (on the header).
 */
public final class ArticlePane extends VBox {
    /** Narrowest readable pane (about 24 characters a line); below it the view switches to the focus layout. */
    public static final double MIN_WIDTH = 190;
    private static final int LONG_PARAGRAPH = 600;
    /** "6 Aug 2025": unambiguous in every locale, unlike 06/08/2025. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final int TITLE_LINES = 2;
    private static final double TITLE_LINE_HEIGHT = 17;
    private static final java.time.Duration HOVER_DELAY = java.time.Duration.ofMillis(350);

    private final Article article;
    private final ArticleActions actions;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final List<StyledRange> furniture;
    private final OverviewRuler ruler;
    private final Tooltip decisionTip = new Tooltip();
    private List<Fact> facts = List.of();

    public ArticlePane(Article article, ArticleActions actions) {
        this.article = article;
        this.actions = actions;
        // page furniture is left out of the analysis; shown dimmed so the editor sees what was skipped
        this.furniture = new PageFurniture().spans(article.text()).stream()
                .map(span -> new StyledRange(span.start(), span.end(), StyleClasses.BOILERPLATE)).toList();
        setId("pane-" + article.id());
        getStyleClass().add(StyleClasses.ARTICLE_PANE);
        setMinWidth(MIN_WIDTH);

        String name = SourceNames.of(article);
        Label source = new Label(SourceNames.shortName(article));
        source.getStyleClass().add(StyleClasses.ARTICLE_HEADER);
        source.setId("source-" + article.id());
        source.setTooltip(new Tooltip(name.equals(article.source()) ? name : name + "\n" + article.source()));
        Label title = new Label(article.title());
        title.getStyleClass().add(StyleClasses.ARTICLE_SUBTITLE);
        title.setId("title-" + article.id());
        title.setTooltip(new Tooltip(article.title()));
        // two lines of title rather than a few words and "…"
        title.setWrapText(true);
        title.setMaxHeight(TITLE_LINES * TITLE_LINE_HEIGHT);
        source.setMaxWidth(Double.MAX_VALUE);
        title.setMaxWidth(Double.MAX_VALUE);
        ContextMenu header = headerMenu();
        source.setContextMenu(header);
        title.setContextMenu(header);
        if (!article.url().isEmpty()) {
            source.setTooltip(new Tooltip(article.url()));
        }
        HBox sourceLine = new HBox(8, source);
        HBox.setHgrow(source, Priority.ALWAYS);
        article.publishedDate().ifPresent(day -> {
            Label published = new Label(DAY.format(day));
            published.getStyleClass().add(StyleClasses.ARTICLE_SUBTITLE);
            published.setId("published-" + article.id());
            published.setMinWidth(Region.USE_PREF_SIZE);
            sourceLine.getChildren().add(published);
        });

        area.setId("area-" + article.id());
        area.getStyleClass().add(StyleClasses.ARTICLE_TEXT);
        area.replaceText(article.text());
        area.setEditable(false);
        area.setWrapText(true);
        area.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                area.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(this::clickAt);
            }
        });
        // hovering a decided value says what was chosen instead (a rejected value is struck through)
        decisionTip.setId("decisionTip-" + article.id());
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event ->
                decisionNoteAt(event.getCharacterIndex()).ifPresent(note -> {
                    decisionTip.setText(note);
                    decisionTip.show(area, event.getScreenPosition().getX() + 8, event.getScreenPosition().getY() + 16);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> decisionTip.hide());
        // the area shows its own context menu (RichTextFX); a filter fills it for the spot under the pointer first
        area.setContextMenu(new ContextMenu());
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            int offset = area.hit(event.getX(), event.getY()).getCharacterIndex().orElse(-1);
            area.getContextMenu().getItems().setAll(textMenuAt(offset).getItems());
        });
        ruler = new OverviewRuler(article.id(), article.text().length(), actions::selectFact, this::scrollToFraction);
        HBox body = new HBox(2, scroll, ruler);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        area.estimatedScrollYProperty().addListener((obs, old, now) -> showViewport());
        area.totalHeightEstimateProperty().addListener((obs, old, now) -> showViewport());
        area.heightProperty().addListener((obs, old, now) -> showViewport());
        getChildren().addAll(sourceLine, title, body);
    }

    public Article article() {
        return article;
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    public OverviewRuler ruler() {
        return ruler;
    }

    /**
     * A click on a highlight: the first click selects its fact; a click on a conflict that is already selected
     * adopts the value of the mention under the pointer.
     */
    public void clickAt(int offset) {
        HighlightLayers.factAt(article.id(), offset, facts).ifPresent(fact ->
                HighlightLayers.mentionAt(article.id(), offset, fact).ifPresent(m -> actions.highlightClicked(fact.id(), m)));
    }

    /** What the hover tip says over {@code offset}: for a decided conflict, the chosen value. */
    public Optional<String> decisionNoteAt(int offset) {
        return HighlightLayers.decisionNoteAt(article.id(), offset, facts);
    }

    /** The text selected in this pane, if any, as offsets into the article. */
    public Optional<Selection> selection() {
        var range = area.getSelection();
        return range.getLength() == 0 ? Optional.empty()
                : Optional.of(new Selection(article.id(), range.getStart(), range.getEnd()));
    }

    /**
     * The text's context menu for a right-click at {@code offset} (-1: not on text): linking always, and the
     * mention edits when a highlight is under the pointer.
     */
    public ContextMenu textMenuAt(int offset) {
        MenuItem link = item("linkMenuItem", "Link as same fact\tCtrl+L", actions::linkSelections);
        link.setDisable(selection().isEmpty());
        ContextMenu menu = new ContextMenu(link);
        Optional<Fact> fact = offset < 0 ? Optional.empty() : HighlightLayers.factAt(article.id(), offset, facts);
        Optional<Mention> mention = fact.flatMap(f -> HighlightLayers.mentionAt(article.id(), offset, f));
        if (fact.isPresent() && mention.isPresent()) {
            String id = fact.get().id();
            Mention m = mention.get();
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("splitMentionMenuItem", "Split off this mention", () -> actions.splitOff(id, m)),
                    item("removeMentionMenuItem", "Remove this mention from the fact", () -> actions.removeMention(id, m)));
        }
        return menu;
    }

    /** Position of the view in the text, 0 (top) to 1 (bottom). */
    public double scrollFraction() {
        double range = scrollRange();
        return range <= 0 ? 0 : Math.min(1, Math.max(0, area.getEstimatedScrollY() / range));
    }

    public void scrollToFraction(double fraction) {
        double range = scrollRange();
        if (range > 0) {
            area.scrollYToPixel(fraction * range);
        }
    }

    /** Runs {@code listener} whenever the text scrolls vertically. */
    public void onScrolled(Runnable listener) {
        area.estimatedScrollYProperty().addListener((obs, old, now) -> listener.run());
    }

    /** Re-applies all highlight layers at once (one {@code setStyleSpans} call). */
    public void highlight(List<Fact> allFacts, String selectedFactId) {
        this.facts = allFacts;
        int length = area.getLength();
        List<List<StyledRange>> layers = new ArrayList<>();
        layers.add(furniture);
        layers.addAll(HighlightLayers.of(article.id(), allFacts, selectedFactId));
        area.setStyleSpans(0, SpanLayers.merge(length, layers));
        ruler.show(article.id(), allFacts, selectedFactId);
    }

    private void showViewport() {
        double total = area.getTotalHeightEstimate();
        if (total <= 0) {
            ruler.showViewport(0, 1);
            return;
        }
        double from = area.getEstimatedScrollY() / total;
        ruler.showViewport(from, from + area.getViewportHeight() / total);
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

    private double scrollRange() {
        return area.getTotalHeightEstimate() - area.getViewportHeight();
    }

    private ContextMenu headerMenu() {
        return new ContextMenu(
                item("renameArticleMenuItem", "Rename source…", () -> actions.renameArticle(article.id())),
                item("removeArticleMenuItem", "Remove article", () -> actions.removeArticle(article.id())));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
