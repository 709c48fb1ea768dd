package app.reconcile.core.analysis.text;

import app.reconcile.core.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an article's page furniture is ("Accessibility links", "please wait", media timers, teasers):
 * the same lines the analysis leaves out, as spans, so the viewer can show them dimmed instead of hiding
 * them. The decision stays with {@link BoilerplateFilter}; this only walks the lines the same way the
 * {@link SentenceSplitter} does.
 */
public final class PageFurniture {
    private final BoilerplateFilter filter;

    public PageFurniture(BoilerplateFilter filter) {
        this.filter = filter;
    }

    public PageFurniture() {
        this(new BoilerplateFilter());
    }

    /**
     * Spans of whole boilerplate lines (without their line break), in text order; of a teaser line only the
     * teaser, when the article's own text is glued to it.
     */
    public List<TextSpan> spans(String text) {
        List<TextSpan> out = new ArrayList<>();
        List<String> previousLines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                if (filter.isBoilerplateLine(line, previousLines)) {
                    int glued = filter.gluedTextStart(line);
                    out.add(new TextSpan(lineStart, glued > 0 ? lineStart + glued : lineEnd));
                }
                previousLines.add(line.strip());
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }
}
