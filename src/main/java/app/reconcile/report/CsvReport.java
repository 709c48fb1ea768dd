package app.reconcile.report;

import app.reconcile.core.Scoreboard.Standing;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report as RFC 4180 CSV for spreadsheets: one row per fact and stating source, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break.
 *
 * <p>Formula injection guard: a cell whose text starts with {@code = + - @} (or a tab or carriage return)
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of evaluating it. This applies to
 * every cell, which means a stated value such as "-5" reads "'-5"; the JSON report carries the raw values.
 */
final class CsvReport implements ReportRenderer {
    static final List<String> HEADER = List.of("fact_id", "kind", "label", "verdict", "status",
            "authoritative_value", "source", "article_id", "stated_text", "stated_value", "matches_authoritative",
            "note", "author", "decided_at");
    private static final String CRLF = "\r\n";

    private final int chunk;

    CsvReport() {
        this(ChunkedOutput.CHUNK);
    }

    /** Hands its text to the writer every {@code chunk} characters or so (tests use tiny chunks). */
    CsvReport(int chunk) {
        this.chunk = chunk;
    }

    @Override
    public void render(ReportModel model, Writer out) throws IOException {
        ChunkedOutput chunks = new ChunkedOutput(out, chunk);
        StringBuilder csv = chunks.text();
        appendRow(csv, HEADER);
        for (FactEntry fact : model.facts()) {
            chunks.drainIfFull();
            for (String articleId : statingArticles(fact)) {
                appendRow(csv, row(model, fact, articleId));
            }
        }
        chunks.drain();
    }

    private static Set<String> statingArticles(FactEntry fact) {
        Set<String> ids = new LinkedHashSet<>();
        fact.variants().forEach(v -> v.mentions().forEach(m -> ids.add(m.articleId())));
        return ids;
    }

    private static List<String> row(ReportModel model, FactEntry fact, String articleId) {
        Set<String> texts = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        List<Standing> standings = new ArrayList<>();
        for (VariantEntry variant : fact.variants()) {
            for (MentionEntry m : variant.mentions()) {
                if (m.articleId().equals(articleId)) {
                    texts.add(m.text());
                    values.add(m.value());
                    standings.add(m.standing());
                }
            }
        }
        return List.of(fact.id(), fact.kind().name(), fact.label(), fact.verdict().key(), fact.status().key(),
                fact.authoritative().map(Authoritative::display).orElse(""),
                model.source(articleId).label(), articleId,
                String.join(" / ", texts), String.join(" / ", values), matches(standings),
                fact.note(), fact.author(), fact.decidedAt() == null ? "" : fact.decidedAt().toString());
    }

    /** "no" as soon as one of the source's mentions contradicts, as the scoreboard counts it. */
    private static String matches(List<Standing> standings) {
        if (standings.contains(Standing.UNRESOLVED)) {
            return Matches.key(Standing.UNRESOLVED);
        }
        if (standings.contains(Standing.CONTRADICTS)) {
            return Matches.key(Standing.CONTRADICTS);
        }
        return Matches.key(standings.contains(Standing.AGREES) ? Standing.AGREES : Standing.NOT_APPLICABLE);
    }

    private static void appendRow(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /** Quotes per RFC 4180 after defusing formulas. */
    static String field(String raw) {
        String s = defuse(raw == null ? "" : raw);
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static String defuse(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
