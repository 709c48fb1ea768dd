package app.reconcile.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Fields a project file carried that this version of Reconcile does not know, kept so that saving does not
 * silently drop what a newer version (or a hand edit) added.
 *
 * <p>Core records have no room for them, so they live here, beside the {@code Project}, keyed by the id of
 * the object they were found on: the top level, an article id, a fact id (for the fact itself and for its
 * resolution), and for mentions the fact id plus the mention's span. A key whose object no longer exists
 * (a deleted fact) is simply not written. The stored JSON values are private deep copies and never mutated.
 *
 * <p>Immutable; a loaded {@link ProjectDocument} hands it on to the next save.
 */
public final class UnknownFields {
    private static final UnknownFields NONE = new UnknownFields(new Builder());

    private final ObjectNode topLevel;
    private final Map<String, ObjectNode> articles;
    private final Map<String, ObjectNode> facts;
    private final Map<String, ObjectNode> resolutions;
    private final Map<MentionKey, ObjectNode> mentions;

    /** Mentions have no id of their own: their fact and the text they cover identify them. */
    record MentionKey(String factId, String articleId, int start, int end) {
    }

    private UnknownFields(Builder b) {
        this.topLevel = b.topLevel;
        this.articles = Map.copyOf(b.articles);
        this.facts = Map.copyOf(b.facts);
        this.resolutions = Map.copyOf(b.resolutions);
        this.mentions = Map.copyOf(b.mentions);
    }

    public static UnknownFields none() {
        return NONE;
    }

    public boolean isEmpty() {
        return topLevel.isEmpty() && articles.isEmpty() && facts.isEmpty() && resolutions.isEmpty()
                && mentions.isEmpty();
    }

    /** How many unknown fields are kept, over all objects; for logs and tests. */
    public int count() {
        int n = topLevel.size();
        for (Map<?, ObjectNode> m : java.util.List.of(articles, facts, resolutions, mentions)) {
            n += m.values().stream().mapToInt(ObjectNode::size).sum();
        }
        return n;
    }

    ObjectNode topLevel() {
        return topLevel;
    }

    ObjectNode article(String id) {
        return articles.getOrDefault(id, empty());
    }

    ObjectNode fact(String id) {
        return facts.getOrDefault(id, empty());
    }

    ObjectNode resolution(String factId) {
        return resolutions.getOrDefault(factId, empty());
    }

    ObjectNode mention(MentionKey key) {
        return mentions.getOrDefault(key, empty());
    }

    /** A copy with one top-level field set (or replaced); used for the recovery file's own header. */
    UnknownFields withTopLevel(String name, JsonNode value) {
        Builder b = toBuilder();
        b.topLevel.set(name, value.deepCopy());
        return new UnknownFields(b);
    }

    UnknownFields withoutTopLevel(String name) {
        Builder b = toBuilder();
        b.topLevel.remove(name);
        return new UnknownFields(b);
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.topLevel.setAll(topLevel.deepCopy());
        b.articles.putAll(articles);
        b.facts.putAll(facts);
        b.resolutions.putAll(resolutions);
        b.mentions.putAll(mentions);
        return b;
    }

    private static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Collects unknown fields while a file is read; empty objects are not stored. */
    static final class Builder {
        private final ObjectNode topLevel = empty();
        private final Map<String, ObjectNode> articles = new HashMap<>();
        private final Map<String, ObjectNode> facts = new HashMap<>();
        private final Map<String, ObjectNode> resolutions = new HashMap<>();
        private final Map<MentionKey, ObjectNode> mentions = new HashMap<>();

        Builder topLevel(ObjectNode extras) {
            topLevel.setAll(extras.deepCopy());
            return this;
        }

        Builder article(String id, ObjectNode extras) {
            putIfAny(articles, id, extras);
            return this;
        }

        Builder fact(String id, ObjectNode extras) {
            putIfAny(facts, id, extras);
            return this;
        }

        Builder resolution(String factId, ObjectNode extras) {
            putIfAny(resolutions, factId, extras);
            return this;
        }

        Builder mention(MentionKey key, ObjectNode extras) {
            putIfAny(mentions, key, extras);
            return this;
        }

        UnknownFields build() {
            return isBlank() ? NONE : new UnknownFields(this);
        }

        private boolean isBlank() {
            return topLevel.isEmpty() && articles.isEmpty() && facts.isEmpty() && resolutions.isEmpty()
                    && mentions.isEmpty();
        }

        private static <K> void putIfAny(Map<K, ObjectNode> map, K key, ObjectNode extras) {
            if (!extras.isEmpty()) {
                map.put(key, extras.deepCopy());
            }
        }
    }
}
