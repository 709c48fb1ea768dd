package app.reconcile.io;

import app.reconcile.core.MessageText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * Typed access to the fields of one JSON object of a project file, with messages that say where the
 * object is ("fact f3, mention 2: 'start' must be a whole number, found text"). No coercion: a number
 * written as a string is an error, because a hand-edited file that gets it wrong probably got more wrong.
 */
final class JsonFields {
    private final ObjectNode node;
    private final String fileName;
    private final String where;

    private JsonFields(ObjectNode node, String fileName, String where) {
        this.node = node;
        this.fileName = fileName;
        this.where = where;
    }

    /** Wraps {@code value}, which must be a JSON object. */
    static JsonFields of(JsonNode value, String fileName, String where) throws ProjectFileException {
        if (value == null || !value.isObject()) {
            throw problem(fileName, where, "expected an object, found " + describe(value));
        }
        return new JsonFields((ObjectNode) value, fileName, where);
    }

    String where() {
        return where;
    }

    ProjectFileException problem(String what) {
        return problem(fileName, where, what);
    }

    /** {@code fileName} is quoted here; {@code where} and {@code what} quote their own outside strings. */
    static ProjectFileException problem(String fileName, String where, String what) {
        return new ProjectFileException(MessageText.quote(fileName) + ": " + (where.isEmpty() ? "" : where + ": ")
                + what);
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    String requireString(String name) throws ProjectFileException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw problem("'" + name + "' is missing");
        }
        return string(name, v);
    }

    /** Like {@link #requireString} but an empty string is also refused (ids). */
    String requireNonEmptyString(String name) throws ProjectFileException {
        String s = requireString(name);
        if (s.isBlank()) {
            throw problem("'" + name + "' is empty");
        }
        return s;
    }

    /** Absent or null gives {@code fallback}. */
    String optionalString(String name, String fallback) throws ProjectFileException {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? fallback : string(name, v);
    }

    int requireInt(String name) throws ProjectFileException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw problem("'" + name + "' is missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw problem("'" + name + "' must be a whole number, found " + describe(v));
        }
        return v.intValue();
    }

    boolean optionalBoolean(String name, boolean fallback) throws ProjectFileException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw problem("'" + name + "' must be true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    ArrayNode requireArray(String name) throws ProjectFileException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw problem("'" + name + "' is missing");
        }
        return array(name, v);
    }

    /** Absent or null gives an empty array. */
    ArrayNode optionalArray(String name) throws ProjectFileException {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? node.arrayNode() : array(name, v);
    }

    /** The fields of this object whose names are not in {@code known}, in file order. */
    ObjectNode unknown(Set<String> known) {
        ObjectNode extras = node.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                extras.set(e.getKey(), e.getValue());
            }
        }
        return extras;
    }

    private String string(String name, JsonNode v) throws ProjectFileException {
        if (!v.isTextual()) {
            throw problem("'" + name + "' must be text, found " + describe(v));
        }
        return v.textValue();
    }

    private ArrayNode array(String name, JsonNode v) throws ProjectFileException {
        if (!v.isArray()) {
            throw problem("'" + name + "' must be a list, found " + describe(v));
        }
        return (ArrayNode) v;
    }

    /** "a number (12)", "text", "a list": what the editor would call the value found. */
    static String describe(JsonNode v) {
        if (v == null || v.getNodeType() == JsonNodeType.MISSING) {
            return "nothing";
        }
        return switch (v.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case STRING -> "text \"" + MessageText.quote(v.textValue()) + "\"";
            case NUMBER -> "the number " + MessageText.quote(v.asText());
            case BOOLEAN -> v.asText();
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
