package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * Builds the JSON tree of a project: known fields first in a fixed order (so files diff well), then the
 * unknown fields the document carried, in the order they were read.
 */
final class ProjectJsonWriter {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    ObjectNode toTree(ProjectDocument document) {
        Project project = document.project();
        UnknownFields unknown = document.unknownFields();
        ObjectNode root = nodes.objectNode();
        root.put("format", Project.FORMAT);
        root.put("version", Project.VERSION);
        ArrayNode articles = root.putArray("articles");
        for (Article a : project.articles()) {
            articles.add(article(a, unknown));
        }
        ArrayNode facts = root.putArray("facts");
        for (Fact f : project.facts()) {
            facts.add(fact(f, unknown));
        }
        appendUnknown(root, unknown.topLevel(), ProjectJsonReader.TOP_FIELDS);
        return root;
    }

    private ObjectNode article(Article a, UnknownFields unknown) {
        ObjectNode n = nodes.objectNode();
        n.put("id", a.id());
        n.put("source", a.source());
        n.put("title", a.title());
        n.put("text", a.text());
        appendUnknown(n, unknown.article(a.id()), ProjectJsonReader.ARTICLE_FIELDS);
        return n;
    }

    private ObjectNode fact(Fact f, UnknownFields unknown) {
        ObjectNode n = nodes.objectNode();
        n.put("id", f.id());
        n.put("kind", f.kind().name());
        n.put("label", f.label());
        n.put("verdict", f.verdict().key());
        ArrayNode mentions = n.putArray("mentions");
        for (Mention m : f.mentions()) {
            mentions.add(mention(f.id(), m, unknown));
        }
        if (f.resolution() == null) {
            n.putNull("resolution");
        } else {
            n.set("resolution", resolution(f.id(), f.resolution(), unknown));
        }
        n.put("detail", f.detail());
        appendUnknown(n, unknown.fact(f.id()), ProjectJsonReader.FACT_FIELDS);
        return n;
    }

    private ObjectNode mention(String factId, Mention m, UnknownFields unknown) {
        ObjectNode n = nodes.objectNode();
        n.put("articleId", m.articleId());
        n.put("start", m.start());
        n.put("end", m.end());
        n.put("text", m.text());
        n.put("value", m.value());
        appendUnknown(n, unknown.mention(new UnknownFields.MentionKey(factId, m.articleId(), m.start(), m.end())),
                ProjectJsonReader.MENTION_FIELDS);
        return n;
    }

    private ObjectNode resolution(String factId, Resolution r, UnknownFields unknown) {
        ObjectNode n = nodes.objectNode();
        n.put("status", r.status().key());
        n.put("value", r.value());
        n.put("display", r.display());
        n.put("custom", r.custom());
        n.put("note", r.note());
        n.put("author", r.author());
        n.put("decidedAt", r.decidedAt().toString());
        appendUnknown(n, unknown.resolution(factId), ProjectJsonReader.RESOLUTION_FIELDS);
        return n;
    }

    /** Known names are skipped defensively: an unknown field must never overwrite a real one. */
    private static void appendUnknown(ObjectNode target, ObjectNode extras, Set<String> known) {
        for (Map.Entry<String, JsonNode> e : extras.properties()) {
            if (!known.contains(e.getKey())) {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
