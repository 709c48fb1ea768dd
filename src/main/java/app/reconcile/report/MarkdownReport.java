package app.reconcile.report;

import app.reconcile.core.SourceScore;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The report as Markdown, readable raw or in any viewer. Article and editor strings are escaped with
 * {@link Md}; corrections are written {@code ~~Four~~ **[two]**}, which the legend explains.
 */
final class MarkdownReport implements ReportRenderer {
    private final int chunk;

    MarkdownReport() {
        this(ChunkedOutput.CHUNK);
    }

    /** Hands its text to the writer every {@code chunk} characters or so (tests use tiny chunks). */
    MarkdownReport(int chunk) {
        this.chunk = chunk;
    }

    @Override
    public void render(ReportModel model, Writer out) throws IOException {
        ChunkedOutput chunks = new ChunkedOutput(out, chunk);
        StringBuilder md = chunks.text();
        md.append("# ").append(Md.inline(model.title())).append("\n\n")
                .append("Generated ").append(Texts.humanTime(model.generatedAt())).append(" by Reconcile.\n\n");
        appendSummary(md, model.summary());
        appendSources(chunks, model);
        appendFacts(chunks, model);
        appendCorrections(chunks, model);
        chunks.drain();
    }

    private static void appendSummary(StringBuilder md, Summary s) {
        md.append("## Summary\n\n")
                .append("| Articles | Facts compared | Conflicts | Resolved | Dismissed | Unresolved |\n")
                .append("|---:|---:|---:|---:|---:|---:|\n")
                .append("| ").append(s.articles()).append(" | ").append(s.facts()).append(" | ").append(s.conflicts())
                .append(" | ").append(s.resolved()).append(" | ").append(s.dismissed()).append(" | ")
                .append(s.unresolved()).append(" |\n\n")
                .append("Of the facts compared, ").append(s.agree()).append(" agree across sources and ")
                .append(s.compatible()).append(" are compatible (different precision, no contradiction).\n\n");
    }

    /** "[The Harbour Times](https://…) (2025-08-06)" for a page; the plain file name for a file. */
    private static String sourceName(SourceEntry source) {
        String name = Md.inline(source.source());
        if (!source.linkableUrl().isEmpty()) {
            // inside <...> a destination may hold ')' but not '<', '>'; '|' would end the table cell
            String destination = source.linkableUrl().replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
            name = "[" + name + "](<" + destination + ">)";
        }
        return source.published() == null ? name : name + " (" + source.published() + ")";
    }

    private static void appendSources(ChunkedOutput chunks, ReportModel model) throws IOException {
        StringBuilder md = chunks.text();
        md.append("## Sources\n\n")
                .append("| Id | Source | Title | Stated | Agreeing | Contradicting | Unresolved |\n")
                .append("|---|---|---|---:|---:|---:|---:|\n");
        for (SourceEntry source : model.sources()) {
            chunks.drainIfFull();
            SourceScore s = source.score();
            md.append("| ").append(Md.inline(source.articleId())).append(" | ").append(sourceName(source))
                    .append(" | ").append(Md.inline(source.title())).append(" | ").append(s.stated()).append(" | ")
                    .append(s.agreeing()).append(" | ").append(s.contradicting()).append(" | ")
                    .append(s.unresolved()).append(" |\n");
        }
        md.append("\nDismissed facts and undecided compatible facts count as neither agreeing nor contradicting.\n\n");
    }

    private static void appendFacts(ChunkedOutput chunks, ReportModel model) throws IOException {
        StringBuilder md = chunks.text();
        md.append("## Facts\n\n");
        if (model.facts().isEmpty()) {
            md.append("No facts were compared.\n\n");
        }
        boolean anyWordDiff = model.facts().stream().flatMap(f -> f.variants().stream())
                .anyMatch(v -> v.wordDiff().filter(WordDiff::hasChanges).isPresent());
        if (anyWordDiff) {
            md.append("In the words changed between quotes, `~~words~~` are the reference reading's (the ")
                    .append("authoritative one, else the most widely stated) and `**[words]**` this version's.\n\n");
        }
        for (FactEntry fact : model.facts()) {
            chunks.drainIfFull();
            md.append("### ").append(Md.inline(fact.id())).append(": ")
                    .append(Md.inline(fact.label().isBlank() ? fact.id() : fact.label()))
                    .append(" (").append(fact.kind()).append(")\n\n")
                    .append("- **Verdict:** ").append(fact.verdict().key())
                    .append("; **status:** ").append(fact.status().key()).append('\n')
                    .append("- **Authoritative value:** ");
            if (fact.authoritative().isPresent()) {
                Authoritative a = fact.authoritative().get();
                md.append("**").append(Md.inline(a.display())).append("** (").append(Texts.basis(a)).append(")\n");
            } else {
                md.append('_').append(fact.outcome()).append("_\n");
            }
            if (fact.isDecided()) {
                md.append("- **Decided by** ").append(Md.inline(fact.author().isBlank() ? "unknown" : fact.author()))
                        .append(" on ").append(Texts.humanTime(fact.decidedAt())).append('\n');
            }
            if (!fact.note().isBlank()) {
                md.append("- **Note:** ").append(Md.inline(fact.note())).append('\n');
            }
            md.append("\nVersions:\n\n");
            int n = 1;
            for (VariantEntry variant : fact.variants()) {
                appendVariant(md, model, n++, variant);
            }
            md.append('\n');
            if (!fact.detail().isBlank()) {
                md.append(Texts.detailHeading(fact)).append(":\n\n").append(indentAsCode(fact.detail())).append("\n\n");
            }
        }
    }

    private static void appendVariant(StringBuilder md, ReportModel model, int n, VariantEntry variant) {
        String standing = Texts.standing(variant.standing());
        md.append(n).append(". **").append(Md.inline(variant.display())).append("**");
        if (!standing.isEmpty()) {
            md.append(" (").append(standing).append(')');
        }
        md.append(", stated by ").append(Md.inline(Texts.sourceLabels(model, variant.sources()))).append('\n');
        variant.wordDiff().filter(WordDiff::hasChanges)
                .ifPresent(diff -> md.append("   - words changed: ").append(wordDiff(diff)).append('\n'));
        for (MentionEntry m : variant.firstMentionPerSource()) {
            Sentence s = m.sentence();
            md.append("   - ").append(Md.inline(model.source(m.articleId()).label())).append(": \u201c")
                    .append(Md.inline(s.before())).append("**").append(Md.inline(s.marked())).append("**")
                    .append(Md.inline(s.after())).append("\u201d").append(Texts.moreMentions(variant, m.articleId()))
                    .append('\n');
        }
    }

    /** In the corrected-copy notation: {@code ~~reference words~~ **[this version's words]**}. */
    private static String wordDiff(WordDiff diff) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Chunk chunk : diff.chunks()) {
            String words = Md.inline(chunk.text());
            out.append(switch (chunk.change()) {
                case SAME -> words;
                case DELETED -> "~~" + words + "~~";
                case INSERTED -> "**[" + words + "]**";
            }).append(' ');
        }
        return out.toString().strip();
    }

    /** An indented code block shows the text verbatim, and nothing inside it can end the block early. */
    private static String indentAsCode(String text) {
        return Arrays.stream(text.split("\\R", -1)).map(line -> "    " + line).collect(Collectors.joining("\n"));
    }

    private static void appendCorrections(ChunkedOutput chunks, ReportModel model) throws IOException {
        StringBuilder md = chunks.text();
        md.append("## Corrected copies\n\n")
                .append("Legend: `~~Four~~ **[two]**` means the article says \u201cFour\u201d where the authoritative ")
                .append("value is \u201ctwo\u201d: struck-out words contradict it, the bold bracketed value replaces ")
                .append("them.\n\n");
        for (CorrectedCopy copy : model.corrections()) {
            chunks.drainIfFull();
            md.append("### ").append(Md.inline(copy.title())).append(" (").append(Md.inline(copy.label()))
                    .append(", ").append(Texts.corrections(copy))
                    .append(")\n\n");
            StringBuilder text = new StringBuilder();
            for (CorrectedCopy.Piece piece : copy.pieces()) {
                if (piece.isCorrection()) {
                    text.append("~~").append(Md.inline(piece.text())).append("~~ **[")
                            .append(Md.inline(piece.correction())).append("]**");
                } else {
                    text.append(Md.escape(piece.text()));
                }
            }
            String paragraphs = Arrays.stream(text.toString().split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n\n"));
            md.append(paragraphs).append("\n\n");
        }
    }
}
