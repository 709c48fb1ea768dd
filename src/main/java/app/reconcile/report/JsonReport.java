package app.reconcile.report;

import app.reconcile.core.SourceScore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * The machine-readable report ({@code "format": "reconcile-report"}), documented field by field in
 * docs/report-format.md. Built as a Jackson tree so the field order is exactly the documented one, and
 * printed with "\n" line ends on every platform so the output is byte-for-byte reproducible.
 */
final class JsonReport implements ReportRenderer {
    static final String FORMAT = "reconcile-report";
    static final int VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultIndenter LF_INDENT = new DefaultIndenter("  ", "\n");

    /**
     * Built on the first JSON report, not with the exporter: every CLI start would pay for data binding. It
     * leaves the report's writer open: the atomic writer still has to force the file to the device.
     */
    private static final class Printer {
        static final ObjectWriter INSTANCE = new ObjectMapper().writer(
                new DefaultPrettyPrinter().withObjectIndenter(LF_INDENT).withArrayIndenter(LF_INDENT))
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The tree is built whole (it fixes the field order), but its text goes to {@code out} as it is printed. */
    @Override
    public void render(ReportModel model, Writer out) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", model.title());
        root.put("generatedAt", model.generatedAt().toString());
        root.set("summary", summary(model.summary()));
        ArrayNode sources = root.putArray("sources");
        model.sources().forEach(s -> sources.add(source(s)));
        ArrayNode facts = root.putArray("facts");
        model.facts().forEach(f -> facts.add(fact(f)));
        try {
            Printer.INSTANCE.writeValue(out, root);
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the JSON report: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode n = NODES.objectNode();
        n.put("articles", s.articles());
        n.put("facts", s.facts());
        n.put("conflicts", s.conflicts());
        n.put("compatible", s.compatible());
        n.put("agree", s.agree());
        n.put("resolved", s.resolved());
        n.put("dismissed", s.dismissed());
        n.put("unresolved", s.unresolved());
        return n;
    }

    private static ObjectNode source(SourceEntry source) {
        SourceScore s = source.score();
        ObjectNode n = NODES.objectNode();
        n.put("articleId", source.articleId());
        n.put("source", source.source());
        n.put("title", source.title());
        if (!source.url().isEmpty()) {
            n.put("url", source.url());
        }
        if (source.published() != null) {
            n.put("published", source.published().toString());
        }
        ObjectNode score = n.putObject("score");
        score.put("stated", s.stated());
        score.put("agreeing", s.agreeing());
        score.put("contradicting", s.contradicting());
        score.put("unresolved", s.unresolved());
        return n;
    }

    private static ObjectNode fact(FactEntry fact) {
        ObjectNode n = NODES.objectNode();
        n.put("id", fact.id());
        n.put("kind", fact.kind().name());
        n.put("label", fact.label());
        n.put("verdict", fact.verdict().key());
        n.put("status", fact.status().key());
        if (fact.authoritative().isPresent()) {
            Authoritative a = fact.authoritative().get();
            ObjectNode auth = n.putObject("authoritative");
            auth.put("value", a.value());
            auth.put("display", a.display());
            auth.put("custom", a.custom());
            auth.put("basis", a.basis());
        } else {
            n.putNull("authoritative");
        }
        ArrayNode variants = n.putArray("variants");
        fact.variants().forEach(v -> variants.add(variant(v)));
        n.put("note", fact.note());
        n.put("author", fact.author());
        putInstant(n, "decidedAt", fact.decidedAt());
        n.put("detail", fact.detail());
        return n;
    }

    private static ObjectNode variant(VariantEntry variant) {
        ObjectNode n = NODES.objectNode();
        n.put("value", variant.value());
        n.put("display", variant.display());
        n.put("matchesAuthoritative", Matches.key(variant.standing()));
        ArrayNode sources = n.putArray("sources");
        variant.sources().forEach(sources::add);
        ArrayNode mentions = n.putArray("mentions");
        for (MentionEntry m : variant.mentions()) {
            ObjectNode mention = mentions.addObject();
            mention.put("articleId", m.articleId());
            mention.put("start", m.start());
            mention.put("end", m.end());
            mention.put("text", m.text());
            mention.put("sentence", m.sentence().text());
        }
        return n;
    }

    private static void putInstant(ObjectNode n, String field, Instant instant) {
        if (instant == null) {
            n.putNull(field);
        } else {
            n.put(field, instant.toString());
        }
    }
}
