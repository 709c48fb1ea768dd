package app.reconcile.io;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pulls the readable article out of a saved web page: the {@code <article>} if there is one, else
 * {@code <main>}, else the body, without scripts, navigation, page header and footer, side bars and forms.
 * Every paragraph, heading, list item and other block becomes one line, whitespace inside it collapsed,
 * because one line per paragraph is how plain-text articles look too.
 */
final class HtmlArticleExtractor {
    private static final String DROPPED =
            "script, style, nav, header, footer, aside, form, noscript, template, iframe, svg, button, select";
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "div", "section", "article", "main", "dd", "dt", "figcaption", "caption", "td", "th", "tr",
            "table", "ul", "ol", "dl", "figure", "address", "hr", "body");

    /** The page's title and text; the title is empty when the page has neither title nor h1. */
    record Extracted(String title, String text) {
    }

    Extracted extract(String html) {
        return extract(Jsoup.parse(html));
    }

    /** Works on {@code doc} itself: navigation, scripts and the like are removed from it. */
    Extracted extract(Document doc) {
        String title = doc.title().strip();
        doc.select(DROPPED).remove();
        Element root = firstOf(doc, "article", "main");
        if (title.isEmpty()) {
            Element h1 = root.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        return new Extracted(title, String.join("\n", lines(root)));
    }

    private static Element firstOf(Document doc, String... tags) {
        for (String tag : tags) {
            Element e = doc.selectFirst(tag);
            if (e != null) {
                return e;
            }
        }
        return doc.body();
    }

    private static List<String> lines(Element root) {
        LineCollector collector = new LineCollector();
        NodeTraversor.traverse(collector, root);
        collector.endLine();
        return collector.lines;
    }

    /** Text nodes fill the current line; entering or leaving a block, or a {@code <br>}, ends it. */
    private static final class LineCollector implements NodeVisitor {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("br"))) {
                endLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endLine();
            }
        }

        void endLine() {
            String collapsed = line.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
            line.setLength(0);
        }
    }
}
