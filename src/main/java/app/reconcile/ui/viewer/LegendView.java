package app.reconcile.ui.viewer;

import app.reconcile.ui.common.StyleClasses;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend: every mark the panes use, each shown on a sample word styled exactly as in a pane (same
 * style classes, same one-pass highlighting), followed by what it means.
 */
public final class LegendView {
    /** One line of the legend: a sample word, its classes, and the explanation. */
    record Entry(String sample, List<String> classes, String meaning) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("Yury", List.of(StyleClasses.CONFLICT, StyleClasses.UNRESOLVED),
                    "Conflict, undecided: the sources differ (tinted, solid underline)"),
            new Entry("Yuri", List.of(StyleClasses.CONFLICT, StyleClasses.CHOSEN_VALUE),
                    "Chosen: the authoritative value of a decided conflict (double underline)"),
            new Entry("Yury", List.of(StyleClasses.CONFLICT, StyleClasses.REJECTED_VALUE),
                    "Rejected: a version that was not adopted (struck through; hover shows the chosen value)"),
            new Entry("quite", List.of(StyleClasses.CONFLICT, StyleClasses.DISMISSED),
                    "Dismissed: not a real discrepancy (dotted underline)"),
            new Entry("twelve", List.of(StyleClasses.COMPATIBLE),
                    "Compatible: different words, no contradiction (blue tint, dotted underline)"),
            new Entry("12", List.of(StyleClasses.AGREE), "Agreement: the sources state the same value (green tint)"),
            new Entry("Ushakov", List.of(StyleClasses.CONFLICT, StyleClasses.UNRESOLVED, StyleClasses.SELECTED),
                    "Selected fact: bold and framed in every pane"),
            new Entry("Breaking News", List.of(StyleClasses.BOILERPLATE),
                    "Page furniture the analysis skipped (dimmed, italic)"),
            new Entry("▮", List.of(),
                    "Overview ruler beside each pane: one mark per fact (orange conflict, blue compatible or decided,"
                            + " green agreement, framed when selected); click a mark to go there"));

    private LegendView() {
    }

    /** A read-only text area holding the legend, id {@code legend}. */
    public static VirtualizedScrollPane<StyledArea> create() {
        StyledArea area = new StyledArea();
        area.setId("legend");
        area.getStyleClass().add(StyleClasses.ARTICLE_TEXT);
        area.setEditable(false);
        area.setWrapText(true);
        StringBuilder text = new StringBuilder();
        List<StyledRange> ranges = new ArrayList<>();
        for (Entry e : ENTRIES) {
            int start = text.length();
            text.append(e.sample());
            for (String c : e.classes()) {
                ranges.add(new StyledRange(start, text.length(), c));
            }
            text.append("   ").append(e.meaning()).append('\n');
        }
        area.replaceText(text.toString().strip());
        List<List<StyledRange>> layers = new ArrayList<>();
        for (String c : List.of(StyleClasses.CONFLICT, StyleClasses.COMPATIBLE, StyleClasses.AGREE,
                StyleClasses.BOILERPLATE, StyleClasses.UNRESOLVED, StyleClasses.CHOSEN_VALUE,
                StyleClasses.REJECTED_VALUE, StyleClasses.DISMISSED, StyleClasses.SELECTED)) {
            layers.add(ranges.stream().filter(r -> r.styleClass().equals(c)).toList());
        }
        area.setStyleSpans(0, SpanLayers.merge(area.getLength(), layers));
        return new VirtualizedScrollPane<>(area);
    }

    /** The legend's text area (a named type so tests and lookups can find it). */
    public static final class StyledArea extends StyleClassedTextArea {
    }
}
