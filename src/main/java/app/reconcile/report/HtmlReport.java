package app.reconcile.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import app.reconcile.core.SourceScore;

/**
 * The printable report: one self-contained HTML file (inline CSS, no scripts, no network, no web fonts)
 * a colleague can open or print to check every decision. All article and editor strings are escaped.
 */
final class HtmlReport implements ReportRenderer {

    @Override
    public String render(ReportModel model) {
        StringWriter out = new StringWriter();
        try {
            render(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void render(ReportModel model, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(ChunkedOutput.CHUNK + 16_384);
        ChunkedOutput chunks = new ChunkedOutput(h, out);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Reconcile\">\n")
                .append("<title>").append(Html.escape(model.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(Html.escape(model.title())).append("</h1>\n")
                .append("<p class=\"generated\">Generated <time datetime=\"").append(model.generatedAt()).append("\">")
                .append(Texts.humanTime(model.generatedAt())).append("</time> by Reconcile.</p>\n</header>\n");
        appendSummary(h, model.summary());
        appendSources(h, model);
        new HtmlFacts(model, h).appendAll(chunks);
        appendCorrections(h, model, chunks);
        h.append("</body>\n</html>\n");
        chunks.drain();
    }

    private static void appendSummary(StringBuilder h, Summary s) {
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"summary\">\n");
        item(h, "Articles", s.articles());
        item(h, "Facts compared", s.facts());
        item(h, "Conflicts", s.conflicts());
        item(h, "Resolved", s.resolved());
        item(h, "Dismissed", s.dismissed());
        item(h, "Unresolved", s.unresolved());
        h.append("</dl>\n<p class=\"aside\">Of the facts compared, ").append(s.agree())
                .append(" agree across sources and ").append(s.compatible())
                .append(" are compatible (different precision, no contradiction).</p>\n</section>\n");
    }

    private static void item(StringBuilder h, String term, int value) {
        h.append("<div><dt>").append(term).append("</dt><dd>").append(value).append("</dd></div>\n");
    }

    private static void appendSources(StringBuilder h, ReportModel model) {
        h.append("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>Id</th><th>Source</th>")
                .append("<th>Title</th><th class=\"n\">Stated</th><th class=\"n\">Agreeing</th>")
                .append("<th class=\"n\">Contradicting</th><th class=\"n\">Unresolved</th></tr></thead>\n<tbody>\n");
        for (SourceEntry source : model.sources()) {
            SourceScore s = source.score();
            h.append("<tr><td>").append(Html.escape(source.articleId())).append("</td><td>")
                    .append(Html.escape(source.source())).append("</td><td>").append(Html.escape(source.title()))
                    .append("</td><td class=\"n\">").append(s.stated()).append("</td><td class=\"n\">")
                    .append(s.agreeing()).append("</td><td class=\"n\">").append(s.contradicting())
                    .append("</td><td class=\"n\">").append(s.unresolved()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<figure>\n").append(ScoreboardSvg.render(model.sources()))
                .append("<figcaption>Facts each source states, by how they compare with the authoritative value.")
                .append(" Dismissed facts and undecided compatible facts count as neither.</figcaption>\n")
                .append("</figure>\n</section>\n");
    }

    private static void appendCorrections(StringBuilder h, ReportModel model, ChunkedOutput chunks)
            throws IOException {
        h.append("<section id=\"corrections\">\n<h2>Corrected copies</h2>\n")
                .append("<p class=\"legend\">Words that contradict the authoritative value are struck out, ")
                .append("the authoritative value follows underlined: <del>Four</del> <ins>two</ins>.</p>\n");
        for (CorrectedCopy copy : model.corrections()) {
            chunks.drainIfFull();
            h.append("<article class=\"copy\" id=\"copy-").append(Html.escape(copy.articleId())).append("\">\n<h3>")
                    .append(Html.escape(copy.title())).append(" <small>(").append(Html.escape(copy.label()))
                    .append(", ").append(Texts.corrections(copy))
                    .append(")</small></h3>\n<div class=\"copy-text\">");
            for (CorrectedCopy.Piece piece : copy.pieces()) {
                if (piece.isCorrection()) {
                    h.append("<del>").append(Html.escape(piece.text())).append("</del> <ins title=\"fact ")
                            .append(Html.escape(piece.factId())).append("\">").append(Html.escape(piece.correction()))
                            .append("</ins>");
                } else {
                    h.append(Html.escape(piece.text()));
                }
            }
            h.append("</div>\n</article>\n");
        }
        h.append("</section>\n");
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #111; background: #fff;
                   max-width: 58rem; margin: 2rem auto; padding: 0 1rem; }
            h1, h2, h3, h4, dt, th, .meta, figcaption, .generated { font-family: Helvetica, Arial, sans-serif; }
            h2 { border-bottom: 2px solid #111; padding-bottom: .2rem; margin-top: 2.5rem; }
            .generated, .aside, figcaption, .legend { color: #444; font-size: .9rem; }
            dl.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
            dl.summary div { border: 1px solid #999; padding: .3rem .8rem; min-width: 7rem; }
            dl.summary dt { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
            dl.summary dd { margin: 0; font-size: 1.6rem; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            .n { text-align: right; }
            .fact { border: 1px solid #999; border-left-width: 6px; padding: .5rem 1rem; margin: 1rem 0; }
            .fact.status-unresolved.verdict-conflict { border-left-style: double; border-left-color: #a31515; }
            .fact.status-resolved { border-left-color: #1d6b3a; }
            .fact.status-dismissed { border-left-style: dashed; border-left-color: #777; }
            .fact h3 { margin: .2rem 0; }
            .kind { font-size: .75rem; border: 1px solid #555; padding: 0 .3rem; vertical-align: middle; }
            .meta { font-size: .85rem; color: #333; margin: .2rem 0; }
            .outcome strong { font-size: 1.1rem; }
            .variants { padding-left: 1.2rem; }
            .variant.agrees > .reading::before { content: "\\2713  "; }
            .variant.contradicts > .reading { text-decoration: line-through; }
            .reading { font-weight: bold; }
            .tag { font: .75rem Helvetica, Arial, sans-serif; border: 1px solid #555; padding: 0 .3rem; }
            .worddiff { font-size: .9rem; margin: .2rem 0 0 .5rem; }
            .mentions { list-style: none; padding-left: .5rem; }
            .mentions li { margin: .2rem 0; }
            mark { background: #ffe58a; outline: 1px solid #8a6d00; padding: 0 .1em; }
            .detail { white-space: pre-wrap; font-family: "Courier New", monospace; font-size: .85rem;
                      background: #f4f4f4; padding: .4rem; }
            .note { border-left: 3px solid #555; padding-left: .6rem; white-space: pre-wrap; }
            .copy-text { white-space: pre-wrap; }
            del { color: #a31515; text-decoration: line-through; }
            ins { color: #1d6b3a; text-decoration: underline; font-weight: bold; }
            svg.scoreboard { max-width: 750px; }
            @media print {
              body { max-width: none; margin: 0; font-size: 11pt; }
              h2 { break-after: avoid; }
              .fact, figure { break-inside: avoid; }
              .copy { break-before: page; }
              mark { background: none; outline: 1px solid #000; }
              del, ins { color: #000; }
            }
            """;
}
