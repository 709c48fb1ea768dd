package app.reconcile.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps its vocabulary in knowledge files ({@code src/main/resources/app/reconcile/core/analysis/knowledge/})
 * and only the mechanism in Java: no Java file of the engine holds a word table of more than ten entries (see
 * {@link WordTableScanner} for what counts as one).
 */
class NoWordTablesInEngineTest {
    private static final Path ENGINE = Path.of("src/main/java/app/reconcile/core/analysis");
    private static final int MAX_ENTRIES = 10;
    /** Files that may still hold word tables, each with the reason; paths relative to the engine's root. */
    private static final Map<String, String> ALLOWED = Map.of();

    private final WordTableScanner scanner = new WordTableScanner(MAX_ENTRIES);

    @Test
    void noEngineFileHoldsAWordTable() throws IOException {
        Map<String, List<WordTableScanner.Finding>> found = findings();
        ALLOWED.keySet().forEach(found::remove);
        assertThat(found).as("word tables belong in knowledge files, not in the engine's Java").isEmpty();
    }

    @Test
    void everyAllowedFileExistsAndStillNeedsItsException() throws IOException {
        Map<String, List<WordTableScanner.Finding>> found = findings();
        for (Map.Entry<String, String> allowed : ALLOWED.entrySet()) {
            assertThat(ENGINE.resolve(allowed.getKey())).as(allowed.getValue()).exists();
            assertThat(found.get(allowed.getKey())).as("%s no longer holds a word table: take it off the allow-list",
                    allowed.getKey()).isNotEmpty();
        }
    }

    @Test
    void theScannerFindsEachKindOfTable() {
        String eleven = "\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\"";
        String ten = "\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\"";
        assertThat(scanner.scan("class A { static final Set<String> S = Set.of(" + eleven + "); }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("argument list");
        assertThat(scanner.scan("class A { static final Set<String> S = Set.of(" + ten + "); }")).isEmpty();
        assertThat(scanner.scan("class A { static final String[] S = {" + eleven + "}; }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("array initialiser");
        assertThat(scanner.scan("class A { static final Map<String, String> M = Map.of(" + ten + "); }")).isEmpty();
        assertThat(scanner.scan("class A { static final Map<String, String> M = Map.ofEntries(Map.entry(\"a\", \"b\"),"
                + " Map.entry(\"c\", \"d\"), Map.entry(\"e\", \"f\"), Map.entry(\"g\", \"h\"), Map.entry(\"i\", \"j\"),"
                + " Map.entry(\"k\", \"l\"), Map.entry(\"m\", \"n\"), Map.entry(\"o\", \"p\"), Map.entry(\"q\", \"r\"),"
                + " Map.entry(\"s\", \"t\"), Map.entry(\"u\", \"v\")); }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("argument list");
        assertThat(scanner.scan("class A { static final String M = \"(?:Jan\\\\.?|February|March|April|May|June\"\n"
                + "    + \"|July|August|more\\\\s+than|October|November|Decembers?)\"; }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("regex alternation");
        assertThat(scanner.scan("class A { static final String M = \"(?:January|February|March|April|May|June\"\n"
                + "    + \"|July|August|September|October)\"; }")).isEmpty();
        assertThat(scanner.scan("class A { static final String B = \"^(by|with reporting by|reporting by|editing by|"
                + "photo:|image:|source:|follow\\\\b|published|updated|read more|click here)\"; }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("regex alternation");
        assertThat(scanner.scan("class A { static final String W = \"kill killed killing kills die died dies \"\n"
                + "    + \"dying dead death deaths\"; }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("space-separated word list");
        assertThat(scanner.scan("class A { static { " + "add(\"a\", 1); ".repeat(11) + "} }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("static initialiser");
        assertThat(scanner.scan("class A { int f(String s) { return switch (s) { case " + eleven
                + " -> 1; default -> 0; }; } }"))
                .extracting(WordTableScanner.Finding::kind).containsExactly("switch on strings");
    }

    @Test
    void commentsAndPlainRegexAreNoTables() {
        assertThat(scanner.scan("class A {\n  // Set.of(" + "\"a\", ".repeat(11) + "\"b\")\n"
                + "  /* January|February|March|April|May|June|July|August|September|October|November */\n"
                + "  static final String P = \"%|percent|per\\\\s+cent|points?\\\\b|bps?\\\\b|[$€£¥₱]\";\n"
                + "  void f() { throw new IllegalStateException(\"the seed texts hold no sentences to build a corpus from\"); }\n}"))
                .isEmpty();
    }

    private Map<String, List<WordTableScanner.Finding>> findings() throws IOException {
        Map<String, List<WordTableScanner.Finding>> out = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ENGINE)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        assertThat(files).as("the engine's sources").hasSizeGreaterThan(50);
        for (Path p : files) {
            List<WordTableScanner.Finding> f = scanner.scan(Files.readString(p, StandardCharsets.UTF_8));
            if (!f.isEmpty()) {
                out.put(ENGINE.relativize(p).toString().replace('\\', '/'), f);
            }
        }
        return out;
    }
}
