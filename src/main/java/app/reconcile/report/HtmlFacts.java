package app.reconcile.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The facts sections of the {@link HtmlReport}: a card for each conflict (open ones first) with its versions,
 * decision, author and reason; a compact table for the facts the sources do not contradict each other on.
 */
final class HtmlFacts {
    private static final int TABLE_VALUE_CHARS = 90;

    private final ReportModel model;
    private final ChunkedOutput chunks;
    private final StringBuilder h;

    /** Appends to {@code chunks}' text and hands it to the writer between two facts. */
    HtmlFacts(ReportModel model, ChunkedOutput chunks) {
        this.model = model;
        this.chunks = chunks;
        this.h = chunks.text();
    }

    /** Open conflicts first (what is left to do), then the decided and dismissed ones, one card each. */
    void appendConflicts() throws IOException {
        List<FactEntry> open = withStatus(ReportStatus.OPEN);
        List<FactEntry> decided = model.facts().stream()
                .filter(f -> f.reportStatus() == ReportStatus.DECIDED || f.reportStatus() == ReportStatus.DISMISSED)
                .toList();
        h.append("<section id=\"open\">\n<h2>Open conflicts (").append(open.size()).append(")</h2>\n");
        if (open.isEmpty()) {
            h.append("<p>No conflict is waiting for a decision.</p>\n");
        }
        appendCards(open);
        h.append("</section>\n<section id=\"decided\">\n<h2>Decided conflicts (").append(decided.size())
                .append(")</h2>\n");
        if (decided.isEmpty()) {
            h.append("<p>Nothing has been decided yet.</p>\n");
        }
        appendCards(decided);
        h.append("</section>\n");
    }

    private void appendCards(List<FactEntry> facts) throws IOException {
        for (FactEntry fact : facts) {
            chunks.drainIfFull();
            appendFact(fact);
        }
    }

    /** Facts the sources do not contradict each other on: one compact row each, no cards. */
    void appendAgreements() throws IOException {
        List<FactEntry> rows = model.facts().stream().filter(f -> !f.reportStatus().isConflict()).toList();
        int sources = model.sources().size();
        h.append("<section id=\"agreements\">\n<h2>Agreed and compatible facts (").append(rows.size())
                .append(")</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"compact\">\n<thead><tr><th>Fact</th><th>Value</th><th>Status</th>")
                .append("<th class=\"n\">Sources</th></tr></thead>\n<tbody>\n");
        for (FactEntry fact : rows) {
            chunks.drainIfFull();
            String value = shorten(fact.variants().stream().map(VariantEntry::display).distinct()
                    .collect(Collectors.joining(" / ")));
            long stating = fact.variants().stream().flatMap(v -> v.sources().stream()).distinct().count();
            h.append("<tr class=\"fact-row status-").append(fact.reportStatus().word()).append("\" id=\"fact-")
                    .append(Html.escape(fact.id())).append("\"><td>").append(Html.escape(label(fact)))
                    .append("</td><td>").append(Html.escape(value)).append("</td><td class=\"status\">")
                    .append(fact.reportStatus().word()).append("</td><td class=\"n\">").append(stating)
                    .append(" of ").append(sources).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private List<FactEntry> withStatus(ReportStatus status) {
        return model.facts().stream().filter(f -> f.reportStatus() == status).toList();
    }

    /** Long quotes are cut in the table: it says what agrees, the articles hold the words. */
    private static String shorten(String value) {
        return value.length() <= TABLE_VALUE_CHARS ? value : value.substring(0, TABLE_VALUE_CHARS - 1).strip() + "\u2026";
    }

    private static String label(FactEntry fact) {
        return fact.label().isBlank() ? fact.id() : fact.label();
    }

    private void appendFact(FactEntry fact) {
        String status = fact.reportStatus().word();
        h.append("<article class=\"fact verdict-").append(fact.verdict().key()).append(" status-").append(status)
                .append("\" id=\"fact-").append(Html.escape(fact.id())).append("\">\n")
                .append("<h3>").append(Html.escape(label(fact)))
                .append(" <span class=\"kind\">").append(fact.kind()).append("</span></h3>\n")
                .append("<p class=\"meta\">Fact ").append(Html.escape(fact.id())).append(" \u00b7 status: <span class=\"status\">")
                .append(status).append("</span></p>\n");
        appendOutcome(fact);
        if (fact.isDecided()) {
            h.append("<p class=\"meta decided\">Decided by ")
                    .append(Html.escape(fact.author().isBlank() ? "an unnamed editor" : fact.author()))
                    .append(" on <time datetime=\"").append(fact.decidedAt()).append("\">")
                    .append(Texts.humanTime(fact.decidedAt())).append("</time>. Why: ")
                    .append(fact.note().isBlank() ? "<em>no reason given</em>" : "<span class=\"note\">"
                            + Html.escape(fact.note()) + "</span>")
                    .append("</p>\n");
        } else if (!fact.note().isBlank()) {
            h.append("<p class=\"note\">").append(Html.escape(fact.note())).append("</p>\n");
        }
        h.append("<ul class=\"variants\">\n");
        fact.variants().forEach(this::appendVariant);
        h.append("</ul>\n");
        if (!fact.detail().isBlank()) {
            h.append("<h4>").append(Texts.detailHeading(fact)).append("</h4>\n<div class=\"detail\">")
                    .append(Html.escape(fact.detail())).append("</div>\n");
        }
        h.append("</article>\n");
    }

    private void appendOutcome(FactEntry fact) {
        h.append("<p class=\"outcome\">Authoritative value: ");
        if (fact.authoritative().isPresent()) {
            Authoritative a = fact.authoritative().get();
            h.append("<strong>").append(Html.escape(a.display())).append("</strong> (").append(Texts.basis(a))
                    .append(')');
        } else {
            h.append("<em>").append(fact.reportStatus() == ReportStatus.OPEN ? "open, not yet decided"
                    : fact.outcome()).append("</em>");
        }
        h.append("</p>\n");
    }

    private void appendVariant(VariantEntry variant) {
        String standing = Texts.standing(variant.standing());
        String cssClass = variant.standing().name().toLowerCase(Locale.ROOT).replace('_', '-');
        h.append("<li class=\"variant ").append(cssClass).append("\"><span class=\"reading\">")
                .append(Html.escape(variant.display())).append("</span>");
        if (!standing.isEmpty()) {
            h.append(" <span class=\"tag\">").append(standing).append("</span>");
        }
        h.append(" \u2014 stated by ").append(Html.escape(Texts.sourceLabels(model, variant.sources()))).append('\n');
        variant.wordDiff().filter(WordDiff::hasChanges).ifPresent(this::appendWordDiff);
        // one sentence shows the version in context; the other sources stating it are named above
        List<MentionEntry> first = variant.firstMentionPerSource();
        h.append("<ul class=\"mentions\">\n");
        if (!first.isEmpty()) {
            MentionEntry m = first.get(0);
            Sentence s = m.sentence();
            h.append("<li><cite>").append(Html.escape(model.source(m.articleId()).label())).append("</cite>: ")
                    .append(Html.escape(s.before())).append("<mark>").append(Html.escape(s.marked()))
                    .append("</mark>").append(Html.escape(s.after()))
                    .append(Texts.moreMentions(variant, m.articleId())).append("</li>\n");
        }
        h.append("</ul>\n</li>\n");
    }

    /** Deleted words are the reference reading's, inserted ones this version's. */
    private void appendWordDiff(WordDiff diff) {
        h.append("<div class=\"worddiff\">Words changed: ");
        for (WordDiff.Chunk chunk : diff.chunks()) {
            String words = Html.escape(chunk.text());
            switch (chunk.change()) {
                case SAME -> h.append(words).append(' ');
                case DELETED -> h.append("<del>").append(words).append("</del> ");
                case INSERTED -> h.append("<ins>").append(words).append("</ins> ");
            }
        }
        h.setLength(h.length() - 1);
        h.append("</div>\n");
    }
}
