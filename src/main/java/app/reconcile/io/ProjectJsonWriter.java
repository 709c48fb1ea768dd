package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Streams a project as JSON: known fields first in a fixed order (so files diff well), then the unknown
 * fields the document carried, in the order they were read. Streaming through jackson-core, rather than
 * building a databind tree, keeps Jackson's data-binding layer (about 300 classes, a third of a second on a
 * cold start) out of {@code analyze}; the mapper is only asked for when there are unknown fields to copy.
 */
final class ProjectJsonWriter {
    private final Supplier<ObjectMapper> treeWriter;

    ProjectJsonWriter(Supplier<ObjectMapper> treeWriter) {
        this.treeWriter = treeWriter;
    }

    void write(ProjectDocument document, JsonGenerator g) throws IOException {
        Project project = document.project();
        UnknownFields unknown = document.unknownFields();
        boolean extras = !unknown.isEmpty();
        g.writeStartObject();
        g.writeStringField("format", Project.FORMAT);
        g.writeNumberField("version", Project.VERSION);
        g.writeArrayFieldStart("articles");
        for (Article a : project.articles()) {
            article(g, a, extras ? unknown.article(a.id()) : null);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("facts");
        for (Fact f : project.facts()) {
            fact(g, f, extras ? unknown : null);
        }
        g.writeEndArray();
        appendUnknown(g, extras ? unknown.topLevel() : null, ProjectJsonReader.TOP_FIELDS);
        g.writeEndObject();
    }

    private void article(JsonGenerator g, Article a, ObjectNode extras) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("title", a.title());
        g.writeStringField("text", a.text());
        // written only when known, so projects of file articles stay byte for byte what they were
        if (!a.url().isEmpty()) {
            g.writeStringField("url", a.url());
        }
        if (a.published() != null) {
            g.writeStringField("published", a.published().toString());
        }
        appendUnknown(g, extras, ProjectJsonReader.ARTICLE_FIELDS);
        g.writeEndObject();
    }

    /** {@code unknown} is null when the document carries no unknown fields at all. */
    private void fact(JsonGenerator g, Fact f, UnknownFields unknown) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("kind", f.kind().name());
        g.writeStringField("label", f.label());
        g.writeStringField("verdict", f.verdict().key());
        g.writeArrayFieldStart("mentions");
        for (Mention m : f.mentions()) {
            mention(g, m, unknown == null ? null
                    : unknown.mention(new UnknownFields.MentionKey(f.id(), m.articleId(), m.start(), m.end())));
        }
        g.writeEndArray();
        if (f.resolution() == null) {
            g.writeNullField("resolution");
        } else {
            g.writeFieldName("resolution");
            resolution(g, f.resolution(), unknown == null ? null : unknown.resolution(f.id()));
        }
        g.writeStringField("detail", f.detail());
        appendUnknown(g, unknown == null ? null : unknown.fact(f.id()), ProjectJsonReader.FACT_FIELDS);
        g.writeEndObject();
    }

    private void mention(JsonGenerator g, Mention m, ObjectNode extras) throws IOException {
        g.writeStartObject();
        g.writeStringField("articleId", m.articleId());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        g.writeStringField("value", m.value());
        appendUnknown(g, extras, ProjectJsonReader.MENTION_FIELDS);
        g.writeEndObject();
    }

    private void resolution(JsonGenerator g, Resolution r, ObjectNode extras) throws IOException {
        g.writeStartObject();
        g.writeStringField("status", r.status().key());
        g.writeStringField("value", r.value());
        g.writeStringField("display", r.display());
        g.writeBooleanField("custom", r.custom());
        g.writeStringField("note", r.note());
        g.writeStringField("author", r.author());
        g.writeStringField("decidedAt", r.decidedAt().toString());
        appendUnknown(g, extras, ProjectJsonReader.RESOLUTION_FIELDS);
        g.writeEndObject();
    }

    /** Known names are skipped defensively: an unknown field must never overwrite a real one. */
    private void appendUnknown(JsonGenerator g, ObjectNode extras, Set<String> known) throws IOException {
        if (extras == null || extras.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : extras.properties()) {
            if (!known.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                treeWriter.get().writeTree(g, e.getValue());
            }
        }
    }
}
