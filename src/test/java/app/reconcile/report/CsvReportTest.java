package app.reconcile.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTest {
    private final String csv = new ReportExporter(ReportFixtures.options())
            .render(ReportFixtures.project(), ReportFormat.CSV);

    /** A minimal RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF records. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("last record is not terminated by CRLF");
        }
        return rows;
    }

    private List<Map<String, String>> records() {
        List<List<String>> rows = parse(csv);
        List<String> header = rows.get(0);
        return rows.subList(1, rows.size()).stream().map(r -> {
            assertThat(r).hasSameSizeAs(header);
            java.util.LinkedHashMap<String, String> rec = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                rec.put(header.get(i), r.get(i));
            }
            return (Map<String, String>) rec;
        }).toList();
    }

    private Map<String, String> record(String factId, String articleId) {
        Predicate<Map<String, String>> match =
                r -> r.get("fact_id").equals(factId) && r.get("article_id").equals(articleId);
        return records().stream().filter(match).findFirst().orElseThrow();
    }

    @Test
    void headerListsTheDocumentedColumns() {
        assertThat(parse(csv).get(0)).containsExactly("fact_id", "kind", "label", "verdict", "status",
                "authoritative_value", "source", "article_id", "stated_text", "stated_value", "matches_authoritative",
                "note", "author", "decided_at");
    }

    @Test
    void hasOneRowPerFactAndStatingSource() {
        assertThat(records()).extracting(r -> r.get("fact_id") + "/" + r.get("article_id")).containsExactly(
                "f1/a1", "f1/a2", "f1/a3", "f2/a1", "f2/a2", "f3/a1", "f3/a3", "f4/a1", "f4/a2",
                "f5/a2", "f5/a3", "f6/a1", "f6/a2", "f7/a1", "f7/a3");
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(textBlock = """
            f1, a1, yes
            f1, a3, no
            f2, a1, n.a.
            f3, a3, unresolved
            f4, a2, yes
            f5, a2, no
            f7, a3, n.a.
            """)
    void saysWhetherEachSourceMatchesTheAuthoritativeValue(String factId, String articleId, String expected) {
        assertThat(record(factId, articleId).get("matches_authoritative")).isEqualTo(expected);
    }

    @Test
    void quotesAndMarkupInANoteSurviveTheRoundTrip() {
        assertThat(record("f1", "a1").get("note")).isEqualTo(ReportFixtures.HOSTILE_NOTE);
    }

    @Test
    void noteStartingWithAFormulaIsDefusedWithAnApostrophe() {
        assertThat(record("f5", "a2").get("note")).isEqualTo("'=HYPERLINK(\"http://x\") checked by phone, 2 calls");
    }

    @Test
    void recordsEndWithCrlf() {
        assertThat(csv).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain      | plain
            a,b        | "a,b"
            say "hi" x | "say ""hi"" x"
            =1+2       | '=1+2
            +1         | '+1
            -5         | '-5
            @SUM(A1)   | '@SUM(A1)
            a=b        | a=b
            """)
    void fieldIsQuotedPerRfc4180AndDefusedAgainstFormulas(String raw, String expected) {
        assertThat(CsvReport.field(raw)).isEqualTo(expected);
    }

    @Test
    void fieldWithALineBreakIsQuoted() {
        assertThat(CsvReport.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(parse(CsvReport.field("one\r\ntwo") + "\r\n")).containsExactly(List.of("one\r\ntwo"));
    }
}
