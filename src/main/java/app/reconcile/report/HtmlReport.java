package app.reconcile.report;

import app.reconcile.core.SourceScore;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The printable report: one self-contained HTML file (inline CSS, no scripts, no network, no web fonts)
 * a colleague can open or print to check every decision. All article and editor strings are escaped, and a
 * {@link ContentSecurityPolicy} tells the browser to enforce the "no scripts, no network" part as well.
 */
final class HtmlReport implements ReportRenderer {
    private final int chunk;

    HtmlReport() {
        this(ChunkedOutput.CHUNK);
    }

    /** Hands its text to the writer every {@code chunk} characters or so (tests use tiny chunks). */
    HtmlReport(int chunk) {
        this.chunk = chunk;
    }

    @Override
    public void render(ReportModel model, Writer out) throws IOException {
        ChunkedOutput chunks = new ChunkedOutput(out, chunk);
        StringBuilder h = chunks.text();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // first after the charset: a policy applies only to what follows it
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Reconcile\">\n")
                .append("<title>").append(Html.escape(model.title())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(Html.escape(model.title())).append("</h1>\n")
                .append("<p class=\"generated\">Generated <time datetime=\"").append(model.generatedAt()).append("\">")
                .append(Texts.humanTime(model.generatedAt())).append("</time> by Reconcile.</p>\n</header>\n");
        // what a desk chief reads first: what was checked, then what is still open, then what was decided
        appendChecked(chunks, model);
        appendSummary(h, model);
        HtmlFacts facts = new HtmlFacts(model, chunks);
        facts.appendConflicts();
        facts.appendAgreements();
        appendCorrections(chunks, model);
        h.append("</body>\n</html>\n");
        chunks.drain();
    }

    private static void appendChecked(ChunkedOutput chunks, ReportModel model) throws IOException {
        StringBuilder h = chunks.text();
        Summary s = model.summary();
        h.append("<section id=\"checked\">\n<h2>What was checked</h2>\n<p>").append(s.articles())
                .append(s.articles() == 1 ? " article" : " articles").append(" compared on ")
                .append(Texts.humanTime(model.generatedAt())).append(": ").append(s.facts())
                .append(" facts stated by more than one source, ").append(s.conflicts())
                .append(s.conflicts() == 1 ? " of them a conflict." : " of them conflicts.").append("</p>\n");
        h.append("<table class=\"sources\">\n<thead><tr><th>Source</th><th>Title</th>")
                .append("<th class=\"n\">Stated</th><th class=\"n\">Agreeing</th>")
                .append("<th class=\"n\">Contradicting</th><th class=\"n\">Open</th></tr></thead>\n<tbody>\n");
        for (SourceEntry source : model.sources()) {
            chunks.drainIfFull();
            SourceScore score = source.score();
            h.append("<tr id=\"source-").append(Html.escape(source.articleId())).append("\"><td>");
            appendSourceName(h, source);
            h.append("</td><td>").append(Html.escape(source.title()))
                    .append("</td><td class=\"n\">").append(score.stated()).append("</td><td class=\"n\">")
                    .append(score.agreeing()).append("</td><td class=\"n\">").append(score.contradicting())
                    .append("</td><td class=\"n\">").append(score.unresolved()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<figure>\n");
        ScoreboardSvg.append(chunks, model.sources());
        h.append("<figcaption>Facts each source states, by how they compare with the authoritative value.")
                .append(" Dismissed facts and undecided compatible facts count as neither.</figcaption>\n")
                .append("</figure>\n</section>\n");
    }

    /** The outlet links to the page it came from, and the publication date follows, where they are known. */
    private static void appendSourceName(StringBuilder h, SourceEntry source) {
        if (source.linkableUrl().isEmpty()) {
            h.append(Html.escape(source.label()));
        } else {
            h.append("<a href=\"").append(Html.escape(source.linkableUrl())).append("\">")
                    .append(Html.escape(source.label())).append("</a>");
        }
        if (source.published() != null) {
            h.append(" <small>").append(source.published()).append("</small>");
        }
    }


    /** Counted from the same status words the cards and the table print, so the two cannot disagree. */
    private static void appendSummary(StringBuilder h, ReportModel model) {
        Map<ReportStatus, Long> counts = model.facts().stream()
                .collect(Collectors.groupingBy(FactEntry::reportStatus, () -> new EnumMap<>(ReportStatus.class),
                        Collectors.counting()));
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"summary\">\n");
        for (ReportStatus status : ReportStatus.values()) {
            item(h, status, counts.getOrDefault(status, 0L));
        }
        h.append("</dl>\n<p class=\"aside\">");
        for (ReportStatus status : ReportStatus.values()) {
            h.append("<b>").append(status.word()).append("</b>: ").append(status.meaning())
                    .append(status.ordinal() == ReportStatus.values().length - 1 ? "." : "; ");
        }
        h.append("</p>\n</section>\n");
    }

    private static void item(StringBuilder h, ReportStatus status, long value) {
        h.append("<div><dt>").append(status.word()).append("</dt><dd data-status=\"").append(status.word())
                .append("\">").append(value).append("</dd></div>\n");
    }

    /**
     * Each article's corrections in context: only the paragraphs that carry one (the full texts would double
     * the printed report), with page furniture already left out by {@link Corrections}.
     */
    private static void appendCorrections(ChunkedOutput chunks, ReportModel model) throws IOException {
        StringBuilder h = chunks.text();
        h.append("<section id=\"corrections\">\n<h2>Corrected copies</h2>\n")
                .append("<p class=\"legend\">Only paragraphs with a correction are shown. Words that contradict ")
                .append("the authoritative value are struck out, the authoritative value follows underlined: ")
                .append("<del>Four</del> <ins>Two</ins>.</p>\n");
        for (CorrectedCopy copy : model.corrections()) {
            chunks.drainIfFull();
            h.append("<article class=\"copy\" id=\"copy-").append(Html.escape(copy.articleId())).append("\">\n<h3>")
                    .append(Html.escape(copy.title())).append(" <small>(").append(Html.escape(copy.label()))
                    .append(", ").append(Texts.corrections(copy)).append(")</small></h3>\n");
            for (List<CorrectedCopy.Piece> paragraph : copy.paragraphs()) {
                if (paragraph.stream().noneMatch(CorrectedCopy.Piece::isCorrection)) {
                    continue;
                }
                h.append("<p class=\"copy-text\">");
                for (CorrectedCopy.Piece piece : paragraph) {
                    if (piece.isCorrection()) {
                        h.append("<del>").append(Html.escape(piece.text())).append("</del> <ins title=\"fact ")
                                .append(Html.escape(piece.factId())).append("\">")
                                .append(Html.escape(piece.correction())).append("</ins>");
                    } else {
                        h.append(Html.escape(piece.text()));
                    }
                }
                h.append("</p>\n");
            }
            h.append("</article>\n");
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
            .fact.status-open { border-left-style: double; border-left-color: #a31515; }
            .fact.status-decided { border-left-color: #1d6b3a; }
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
            .copy-text { white-space: pre-wrap; margin: .3rem 0; }
            table.compact { font-size: .8rem; }
            table.compact td, table.compact th { padding: .1rem .4rem; }
            del { color: #a31515; text-decoration: line-through; }
            ins { color: #1d6b3a; text-decoration: underline; font-weight: bold; }
            svg.scoreboard { max-width: 750px; }
            @page { size: A4; margin: 14mm 14mm 16mm; }
            @media print {
              body { max-width: none; margin: 0; font-size: 10pt; line-height: 1.35; }
              h2 { margin-top: 1.2rem; }
              .fact { margin: .6rem 0; padding: .3rem .7rem; }
              svg.scoreboard { max-width: 560px; }
              h2 { break-after: avoid; }
              .fact, figure { break-inside: avoid; }
              .copy { break-inside: avoid; }
              mark { background: none; outline: 1px solid #000; }
              del, ins { color: #000; }
            }
            """;

    /** The text of the style element, exactly as hashed into {@link #POLICY}. */
    private static final String STYLE = "\n" + CSS;
    private static final String POLICY = ContentSecurityPolicy.allowingStyles(STYLE, ScoreboardSvg.STYLE);
}
