package app.reconcile.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {
    private final JsonNode root = parse();

    private static JsonNode parse() {
        try {
            return new ObjectMapper().readTree(new ReportExporter(ReportFixtures.options())
                    .render(ReportFixtures.project(), ReportFormat.JSON));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode fact(String id) {
        return StreamSupport.stream(root.get("facts").spliterator(), false)
                .filter(f -> f.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void declaresItsFormatAndVersion() {
        assertThat(root.get("format").asText()).isEqualTo("reconcile-report");
        assertThat(root.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void summaryCountsMatchTheProject() {
        JsonNode summary = root.get("summary");

        assertThat(summary.get("facts").asInt()).isEqualTo(7);
        assertThat(summary.get("compatible").asInt()).isEqualTo(1);
        assertThat(summary.get("conflicts").asInt()).isEqualTo(5);
        assertThat(summary.get("unresolved").asInt()).isEqualTo(1);
    }

    @Test
    void sourcesCarryTheirScoreboardRow() {
        JsonNode a2 = root.get("sources").get(1);

        assertThat(a2.get("articleId").asText()).isEqualTo("a2");
        assertThat(a2.get("score").get("contradicting").asInt()).isEqualTo(2);
    }

    @Test
    void typedValueIsMarkedCustom() {
        JsonNode authoritative = fact("f5").get("authoritative");

        assertThat(authoritative.get("display").asText()).isEqualTo("Jonathan Smith");
        assertThat(authoritative.get("custom").asBoolean()).isTrue();
        assertThat(authoritative.get("basis").asText()).isEqualTo("decision");
    }

    @Test
    void undecidedFactHasNullAuthoritativeAndNullDecisionTime() {
        JsonNode f3 = fact("f3");

        assertThat(f3.get("authoritative").isNull()).isTrue();
        assertThat(f3.get("decidedAt").isNull()).isTrue();
    }

    @Test
    void mentionsGiveOffsetsTextAndSentence() {
        JsonNode mention = fact("f1").get("variants").get(1).get("mentions").get(0);

        assertThat(mention.get("articleId").asText()).isEqualTo("a3");
        assertThat(ReportFixtures.A3.text().substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.get("text").asText()).isEqualTo("Four");
        assertThat(mention.get("sentence").asText()).isEqualTo("Four children are in hospital, according to Dr. Lee.");
    }

    @Test
    void noteKeepsUnicodeAndMarkupVerbatim() {
        assertThat(fact("f1").get("note").asText()).isEqualTo(ReportFixtures.HOSTILE_NOTE);
    }
}
