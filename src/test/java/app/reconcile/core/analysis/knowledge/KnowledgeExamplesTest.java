package app.reconcile.core.analysis.knowledge;

import app.reconcile.core.analysis.name.NameKnowledgeProbes;
import app.reconcile.core.analysis.role.RoleKnowledgeProbes;

import app.reconcile.core.analysis.date.DateKnowledgeProbes;
import app.reconcile.core.analysis.quantity.QuantityKnowledgeProbes;
import app.reconcile.core.analysis.text.TextKnowledgeProbes;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every knowledge file of the engine comes with an example corpus ({@code src/test/resources/knowledge/}) of
 * positive and negative examples, run through the class that reads the file: a word taken off a list, or added
 * to it, that changes what the engine reads shows up here as a failed example.
 */
class KnowledgeExamplesTest {
    static final Path KNOWLEDGE = Path.of("src/main/resources/app/reconcile/core/analysis/knowledge");
    /** Files whose corpus is named otherwise (it was there first). */
    private static final Map<String, String> CORPUS_OF = Map.of("record-words", "records");
    /** Files whose header is kept as its owner wrote it, with the reason. */
    private static final Map<String, String> HEADER_AS_WRITTEN = Map.of("record-words",
            "owned by the Records rewrite: its header names its examples, not yet its reader");
    private static final Map<String, Function<String, String>> PROBES = probes();

    private static Map<String, Function<String, String>> probes() {
        Map<String, Function<String, String>> out = new HashMap<>();
        for (Map<String, Function<String, String>> p : List.of(TextKnowledgeProbes.probes(),
                DateKnowledgeProbes.probes(), QuantityKnowledgeProbes.probes(),
                NameKnowledgeProbes.probes(), RoleKnowledgeProbes.probes())) {
            p.forEach((name, probe) -> {
                if (out.put(name, probe) != null) {
                    throw new IllegalStateException("two probes for " + name);
                }
            });
        }
        return out;
    }

    static List<String> knowledgeFiles() throws IOException {
        try (Stream<Path> files = Files.list(KNOWLEDGE)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    private static String corpus(String file) {
        return CORPUS_OF.getOrDefault(file, file);
    }

    @Test
    void everyKnowledgeFileHasACorpusOfPositiveAndNegativeExamplesAndAReader() throws IOException {
        List<String> files = knowledgeFiles();
        assertThat(files).hasSizeGreaterThan(20);
        for (String file : files) {
            assertThat(PROBES).as("the reader that runs the examples of %s.tsv", file).containsKey(file);
            Path corpus = Examples.DIRECTORY.resolve(corpus(file) + ".txt");
            assertThat(corpus).as("the example corpus of %s.tsv", file).exists();
            Examples examples = Examples.read(corpus(file));
            assertThat(examples.positives()).as("positive examples of %s", file).isPositive();
            assertThat(examples.negatives()).as("negative examples of %s", file).isPositive();
        }
        assertThat(files).containsAll(PROBES.keySet());
    }

    @Test
    void everyKnowledgeFileSaysWhatItIsForWhoReadsItAndWhereItsExamplesAre() throws IOException {
        for (String file : knowledgeFiles()) {
            List<String> lines = Files.readAllLines(KNOWLEDGE.resolve(file + ".tsv"), StandardCharsets.UTF_8);
            List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
            assertThat(header).as("the header comment of %s.tsv", file).hasSizeGreaterThanOrEqualTo(2);
            assertThat(String.join("\n", header)).as("the header of %s.tsv", file)
                    .contains("Examples: src/test/resources/knowledge/" + corpus(file) + ".txt");
            if (!HEADER_AS_WRITTEN.containsKey(file)) {
                assertThat(String.join("\n", header)).as("the reader named in the header of %s.tsv", file)
                        .containsPattern("[a-z]+/[A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][A-Za-z]+");
            }
            for (String line : lines) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertThat(line).as("an entry of %s.tsv: an id, then its fields", file)
                            .matches("[a-z][a-z0-9-]*\\.[^\\t ]+\\t.+");
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyExampleIsReadAsItSays() throws IOException {
        return knowledgeFiles().stream().filter(PROBES::containsKey).map(file -> {
            Examples examples = Examples.read(corpus(file));
            Function<String, String> probe = PROBES.get(file);
            return DynamicContainer.dynamicContainer(file, examples.examples().stream().map(e ->
                    DynamicTest.dynamicTest(corpus(file) + ".txt:" + e.line() + " " + e, () ->
                            assertThat(e.check(probe)).as("%s.txt:%d %s", corpus(file), e.line(), e).isNull())));
        });
    }

    @Test
    void anExampleTheReaderDoesNotBearOutFails() {
        Examples wrong = Examples.parse("wrong", List.of("+ twenty-five => 26", "+ fivety", "- twelve",
                "- twelve => 12", "# a comment", "+ twenty-five => 25", "- fivety"));
        Function<String, String> probe = PROBES.get("number-words");
        assertThat(wrong.examples()).extracting(e -> e.check(probe) != null)
                .containsExactly(true, true, true, true, false, false);
    }

    @Test
    void aMarkedValueIsCutOutOfItsSentence() {
        Examples.Marked m = Examples.Marked.of("killing [12] people");
        assertThat(m.text()).isEqualTo("killing 12 people");
        assertThat(m.before()).isEqualTo("killing ");
        assertThat(m.value()).isEqualTo("12");
        assertThat(m.after()).isEqualTo(" people");
    }
}
