package app.reconcile.report;

import java.io.IOException;

import java.util.Locale;

/** The facts section of the {@link HtmlReport}: one card per fact with its versions, decision and note. */
final class HtmlFacts {
    private final ReportModel model;
    private final StringBuilder h;

    HtmlFacts(ReportModel model, StringBuilder h) {
        this.model = model;
        this.h = h;
    }

    /** Appends the section, handing what is built to {@code chunks} between two facts. */
    void appendAll(ChunkedOutput chunks) throws IOException {
        h.append("<section id=\"facts\">\n<h2>Facts</h2>\n");
        if (model.facts().isEmpty()) {
            h.append("<p>No facts were compared.</p>\n");
        }
        for (FactEntry fact : model.facts()) {
            chunks.drainIfFull();
            appendFact(fact);
        }
        h.append("</section>\n");
    }

    private void appendFact(FactEntry fact) {
        h.append("<article class=\"fact verdict-").append(fact.verdict().key()).append(" status-")
                .append(fact.status().key()).append("\" id=\"fact-").append(Html.escape(fact.id())).append("\">\n")
                .append("<h3>").append(Html.escape(fact.label().isBlank() ? fact.id() : fact.label()))
                .append(" <span class=\"kind\">").append(fact.kind()).append("</span></h3>\n")
                .append("<p class=\"meta\">Fact ").append(Html.escape(fact.id())).append(" \u00b7 verdict: ")
                .append(fact.verdict().key()).append(" \u00b7 status: ").append(fact.status().key()).append("</p>\n");
        appendOutcome(fact);
        h.append("<ul class=\"variants\">\n");
        fact.variants().forEach(this::appendVariant);
        h.append("</ul>\n");
        if (!fact.detail().isBlank()) {
            h.append("<h4>").append(Texts.detailHeading(fact)).append("</h4>\n<div class=\"detail\">")
                    .append(Html.escape(fact.detail())).append("</div>\n");
        }
        if (!fact.note().isBlank()) {
            h.append("<p class=\"note\">").append(Html.escape(fact.note())).append("</p>\n");
        }
        if (fact.isDecided()) {
            h.append("<p class=\"meta decided\">Decided by ")
                    .append(Html.escape(fact.author().isBlank() ? "unknown" : fact.author()))
                    .append(" on <time datetime=\"").append(fact.decidedAt()).append("\">")
                    .append(Texts.humanTime(fact.decidedAt())).append("</time>.</p>\n");
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
            h.append("<em>").append(fact.outcome()).append("</em>");
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
        h.append("<ul class=\"mentions\">\n");
        for (MentionEntry m : variant.firstMentionPerSource()) {
            Sentence s = m.sentence();
            h.append("<li><cite>").append(Html.escape(model.source(m.articleId()).label())).append("</cite>: \u201c")
                    .append(Html.escape(s.before())).append("<mark>").append(Html.escape(s.marked()))
                    .append("</mark>").append(Html.escape(s.after())).append("\u201d")
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
