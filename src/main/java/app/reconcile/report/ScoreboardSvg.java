package app.reconcile.report;

import app.reconcile.core.SourceScore;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The source scoreboard as an inline SVG stacked bar chart: one bar per source, split into agreeing,
 * contradicting and open facts. Each segment has its own fill pattern and every bar carries its
 * numbers as text, so the chart stays readable when printed in greyscale or seen without colour.
 */
final class ScoreboardSvg {
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 300;
    private static final int TEXT_WIDTH = 260;
    private static final int ROW_HEIGHT = 30;
    private static final int BAR_HEIGHT = 18;
    private static final int TOP = 34;
    private static final int MAX_LABEL_CHARS = 26;

    private ScoreboardSvg() {
    }

    /** Appends the chart to the report's text, handing it to the writer between rows (one per source). */
    static void append(ChunkedOutput chunks, List<SourceEntry> sources) throws IOException {
        StringBuilder svg = chunks.text();
        int width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH;
        int height = TOP + Math.max(1, sources.size()) * ROW_HEIGHT + 6;
        int max = sources.stream().mapToInt(s -> s.score().stated()).max().orElse(0);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scoreboard\" role=\"img\" width=\"100%\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"scoreboard-title\">\n")
                .append("<title id=\"scoreboard-title\">")
                .append("Facts per source: agreeing, contradicting, open</title>\n")
                .append(DEFS)
                .append(legend());
        int y = TOP;
        for (SourceEntry source : sources) {
            chunks.drainIfFull();
            appendRow(svg, source, y, max);
            y += ROW_HEIGHT;
        }
        svg.append("</svg>\n");
    }

    private static void appendRow(StringBuilder svg, SourceEntry source, int y, int max) {
        SourceScore s = source.score();
        int textY = y + BAR_HEIGHT - 5;
        svg.append("<text x=\"0\" y=\"").append(textY).append("\">").append(Html.escape(shorten(source.label())))
                .append("</text>\n");
        int x = LABEL_WIDTH;
        x = segment(svg, x, y, s.agreeing(), max, "agreeing");
        x = segment(svg, x, y, s.contradicting(), max, "contradicting");
        x = segment(svg, x, y, s.unresolved(), max, "open");
        segment(svg, x, y, s.other(), max, "other");
        svg.append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(textY).append("\">")
                .append(s.agreeing()).append(" agree \u00b7 ").append(s.contradicting()).append(" contradict \u00b7 ")
                .append(s.unresolved()).append(" open").append(" (of ").append(s.stated()).append(")")
                .append("</text>\n");
    }

    private static int segment(StringBuilder svg, int x, int y, int count, int max, String cssClass) {
        if (count <= 0 || max <= 0) {
            return x;
        }
        double w = (double) BAR_WIDTH * count / max;
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"")
                .append(BAR_HEIGHT).append("\"><title>").append(count).append(' ').append(legendText(cssClass))
                .append("</title></rect>\n");
        return x + (int) Math.round(w);
    }

    private static String legend() {
        StringBuilder legend = new StringBuilder();
        int x = 0;
        for (String cssClass : List.of("agreeing", "contradicting", "open", "other")) {
            String text = legendText(cssClass);
            legend.append("<rect class=\"").append(cssClass).append("\" x=\"").append(x)
                    .append("\" y=\"6\" width=\"14\" height=\"14\"/>")
                    .append("<text x=\"").append(x + 19).append("\" y=\"18\">").append(text).append("</text>\n");
            x += 40 + text.length() * 7;
        }
        return legend.toString();
    }

    private static String legendText(String cssClass) {
        return switch (cssClass) {
            case "other" -> "dismissed / compatible";
            default -> cssClass;
        };
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
    }

    /** The text of the chart's style element, exactly: the report's security policy allows it by its hash. */
    static final String STYLE = """

            .scoreboard text { font: 12px sans-serif; fill: #111; }
            .scoreboard .agreeing { fill: #1d6b3a; }
            .scoreboard .contradicting { fill: url(#hatch); stroke: #a31515; }
            .scoreboard .open { fill: url(#dots); stroke: #7a5500; }
            .scoreboard .other { fill: #fff; stroke: #777; stroke-dasharray: 3 2; }
            """;

    /**
     * Fill patterns that differ in greyscale too: solid, hatched, dotted, outlined. Selectors are scoped to
     * the chart because a style sheet inside inline SVG applies to the whole HTML page.
     */
    private static final String DEFS = """
            <defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="6" height="6" fill="#f3c2c2"/>\
            <line x1="0" y1="0" x2="0" y2="6" stroke="#a31515" stroke-width="3"/></pattern>
            <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">\
            <rect width="6" height="6" fill="#fbe7b0"/><circle cx="3" cy="3" r="1.4" fill="#7a5500"/></pattern>
            </defs>
            <style>""" + STYLE + """
            </style>
            """;
}
