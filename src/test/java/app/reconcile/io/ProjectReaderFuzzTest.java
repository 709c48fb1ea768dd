package app.reconcile.io;

import app.reconcile.core.ControlCharacters;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.MessageText;
import app.reconcile.core.Project;
import app.reconcile.report.ReportExporter;
import app.reconcile.report.ReportFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 13, "Guarding tests": the project reader on 7,000 random and mutated files (with the engine's 3,000
 * in {@code AnalyzerFuzzTest}, 10,000 inputs). The only documented input error is {@link ProjectFileException},
 * with a message that is one safe line; anything else fails. A file that loads is sound (mentions on their
 * text, no half characters, decision times a report can show) and exports as HTML and Markdown, the formats
 * that used to fail on a loaded file. Each read must finish inside {@link #BUDGET}.
 */
class ProjectReaderFuzzTest {
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ProjectFiles FILES = new ProjectFiles();
    private static final ReportExporter EXPORTER = new ReportExporter();
    private static final String VALID = valid();

    /** JSON tokens and values that stress a reader: structure, escapes, extreme numbers, odd times. */
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "\\", "\\u0000",
            "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u001b[2J", "null", "true", "false", "-1", "0", "2147483647",
            "2147483648", "-2147483649", "1e999", "1.5", "99999999999999999999", "\"\"", "\"a1\"", "\"f1\"",
            "\"+1000000000-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"2025-02-31T00:00:00Z\"",
            "\"NUMBER\"", "\"conflict\"", "\"resolved\"", "\"dismissed\"", "\u0000", "\uFEFF", "\uD800", "\n",
            "\"articles\"", "\"facts\"", "\"mentions\"", "\"start\"", "\"end\"", "\"text\"", "\"resolution\"",
            "\"decidedAt\"", "\"version\"", "\"format\"", "\"reconcile-project\"");

    private static String valid() {
        try {
            return new String(FILES.toJson(ProjectDocument.of(SampleProjects.small())), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 3_000, shrinking = ShrinkingMode.BOUNDED)
    void textMutationsOfAValidFileLoadOrAreRefusedClearly(@ForAll("textMutants") String json) {
        check(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1_000, shrinking = ShrinkingMode.BOUNDED)
    void byteMutationsOfAValidFileLoadOrAreRefusedClearly(@ForAll("byteMutants") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 2_500, shrinking = ShrinkingMode.BOUNDED)
    void valueMutationsOfAValidFileLoadOrAreRefusedClearly(@ForAll("treeMutants") String json) {
        check(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
    void randomJsonLoadsOrIsRefusedClearly(@ForAll("randomJson") String json) {
        check(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void check(byte[] bytes) {
        ProjectDocument loaded = assertTimeoutPreemptively(BUDGET, () -> {
            try {
                return FILES.parseDocument(bytes, "fuzz.json");
            } catch (ProjectFileException e) {
                assertThat(e.getMessage()).startsWith("fuzz.json: ").hasSizeLessThanOrEqualTo(MessageText.LINE_LIMIT);
                assertThat(e.getMessage().chars().filter(Character::isISOControl)).isEmpty();
                return null;
            }
        });
        if (loaded != null) {
            assertSound(loaded.project());
        }
    }

    private static void assertSound(Project project) {
        Map<String, String> texts = project.articlesById().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
        for (Fact f : project.facts()) {
            for (Mention m : f.mentions()) {
                String text = texts.get(m.articleId());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(splitsAPair(text, m.start()) || splitsAPair(text, m.end())).isFalse();
            }
            if (f.resolution() != null) {
                assertThat(f.resolution().decidedAt()).isBetween(Instant.parse("0001-01-01T00:00:00Z"),
                        Instant.parse("9999-12-31T23:59:59.999999999Z"));
            }
        }
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.MD)) {
            String report = EXPORTER.render(project, format);
            assertThat(ControlCharacters.firstStray(report)).isEqualTo(-1);
        }
    }

    private static boolean splitsAPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    /** The valid file with one to four text edits: tokens inserted, ranges deleted, replaced or repeated. */
    @Provide
    Arbitrary<String> textMutants() {
        Arbitrary<TextEdit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 30), Arbitraries.of(TOKENS))
                .as(TextEdit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String json = VALID;
            for (TextEdit e : edits) {
                json = e.apply(json);
            }
            return json;
        });
    }

    /** The valid file's UTF-8 bytes with one to eight bytes set to any value. */
    @Provide
    Arbitrary<byte[]> byteMutants() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        Arbitrary<int[]> flip = Combinators.combine(Arbitraries.integers().between(0, valid.length - 1),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value});
        return flip.list().ofMinSize(1).ofMaxSize(8).map(flips -> {
            byte[] bytes = valid.clone();
            flips.forEach(f -> bytes[f[0]] = (byte) f[1]);
            return bytes;
        });
    }

    /** The valid file's tree with one to three values replaced, fields removed or unknown fields added. */
    @Provide
    Arbitrary<String> treeMutants() {
        Arbitrary<TreeEdit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), value()).as(TreeEdit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(VALID);
                edits.forEach(e -> e.apply(root));
                return JSON.writeValueAsString(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A replacement value: every JSON type, with the extremes that matter to offsets, ids and times. */
    private static Arbitrary<JsonNode> value() {
        return Arbitraries.oneOf(
                Arbitraries.of(-1, 0, 1, 12, 13, 14, 15, 64, 65, 66, 67, 68, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE)
                        .map(NODES::numberNode),
                Arbitraries.integers().between(-5, 120).map(NODES::numberNode),
                Arbitraries.of(NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e300), NODES.numberNode(-0.0),
                        NODES.numberNode(1.5), NODES.numberNode(new java.math.BigInteger("9".repeat(400)))),
                Arbitraries.of("", "a1", "a2", "f1", "NUMBER", "QUOTE", "conflict", "agree", "resolved", "dismissed",
                        "+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "0000-12-31T23:59:59Z",
                        "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2025-02-31T00:00:00Z",
                        "2025-08-07T14:30:00+02:00", "\u0000\u001b[2J\u0007", "\uD800", "x".repeat(5_000))
                        .map(NODES::textNode),
                Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode()));
    }

    /** Random JSON documents built from the project's own field names, so some get deep into the reader. */
    @Provide
    Arbitrary<String> randomJson() {
        return Arbitraries.recursive(ProjectReaderFuzzTest::value, ProjectReaderFuzzTest::container, 4)
                .map(node -> {
                    ObjectNode root = NODES.objectNode().put("format", "reconcile-project");
                    if (node.isObject()) {
                        root.setAll((ObjectNode) node);
                    } else {
                        root.set("articles", node);
                    }
                    return root.toString();
                });
    }

    private static Arbitrary<JsonNode> container(Arbitrary<JsonNode> inner) {
        Arbitrary<String> names = Arbitraries.of("articles", "facts", "mentions", "id", "text", "articleId", "start",
                "end", "kind", "verdict", "resolution", "status", "value", "decidedAt", "version", "extra");
        Arbitrary<JsonNode> object = Combinators.combine(names.list().ofMaxSize(5), inner.list().ofMaxSize(5))
                .as((keys, values) -> {
                    ObjectNode o = NODES.objectNode();
                    for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
                        o.set(keys.get(i), values.get(i));
                    }
                    return o;
                });
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(4).map(values -> {
            ArrayNode a = NODES.arrayNode();
            values.forEach(a::add);
            return a;
        });
        return Arbitraries.oneOf(object, array);
    }

    /** 0 insert, 1 delete, 2 replace, 3 repeat; at a relative position, so it applies to any length. */
    record TextEdit(int kind, double at, int length, String token) {
        String apply(String s) {
            int from = (int) (at * s.length());
            int to = Math.min(s.length(), from + length);
            return switch (kind) {
                case 0 -> s.substring(0, from) + token + s.substring(from);
                case 1 -> s.substring(0, from) + s.substring(to);
                case 2 -> s.substring(0, from) + token + s.substring(to);
                default -> s.substring(0, to) + s.substring(from, to) + s.substring(to);
            };
        }
    }

    /** 0 replace a value, 1 remove a field or element, 2 add an unknown field; on the node at {@code at}. */
    record TreeEdit(int kind, double at, JsonNode value) {
        void apply(ObjectNode root) {
            List<JsonNode[]> slots = new ArrayList<>(); // {container, key or index as text node}
            collect(root, slots);
            JsonNode[] slot = slots.get(Math.min(slots.size() - 1, (int) (at * slots.size())));
            JsonNode container = slot[0];
            String key = slot[1].asText();
            if (container instanceof ObjectNode o) {
                switch (kind) {
                    case 0 -> o.set(key, value);
                    case 1 -> o.remove(key);
                    default -> o.set("x-" + key, value);
                }
            } else if (container instanceof ArrayNode a) {
                int i = Integer.parseInt(key);
                switch (kind) {
                    case 0 -> a.set(i, value);
                    case 1 -> a.remove(i);
                    default -> a.add(value);
                }
            }
        }

        private static void collect(JsonNode node, List<JsonNode[]> slots) {
            if (node instanceof ObjectNode o) {
                o.properties().forEach(e -> {
                    slots.add(new JsonNode[] {o, NODES.textNode(e.getKey())});
                    collect(e.getValue(), slots);
                });
            } else if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    slots.add(new JsonNode[] {a, NODES.textNode(Integer.toString(i))});
                    collect(a.get(i), slots);
                }
            }
        }
    }
}
