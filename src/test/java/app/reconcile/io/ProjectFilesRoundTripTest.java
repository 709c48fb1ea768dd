package app.reconcile.io;

import app.reconcile.core.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFilesRoundTripTest {
    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();

    @Test
    void loadingWhatWasSavedGivesAnEqualProjectIncludingResolutionsAndUnicode() throws Exception {
        Project project = SampleProjects.small();
        Path file = dir.resolve("p.reconcile.json");

        files.save(project, file);

        assertThat(files.load(file)).isEqualTo(project);
    }

    @Test
    void anEmptyProjectRoundTrips() throws Exception {
        Path file = dir.resolve("empty.json");

        files.save(Project.empty(), file);

        assertThat(files.load(file)).isEqualTo(Project.empty());
    }

    @Test
    void savingTwiceGivesIdenticalBytes() throws Exception {
        Path first = dir.resolve("1.json");
        Path second = dir.resolve("2.json");

        files.save(SampleProjects.small(), first);
        files.save(files.load(first), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theFileUsesTheDocumentedFieldNamesInTheDocumentedOrder() throws Exception {
        Path file = dir.resolve("p.json");
        files.save(SampleProjects.small(), file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());

        assertThat(fieldNames(root)).containsExactly("format", "version", "articles", "facts");
        assertThat(root.get("format").asText()).isEqualTo("reconcile-project");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(fieldNames(root.get("articles").get(0))).containsExactly("id", "source", "title", "text");
        JsonNode fact = root.get("facts").get(0);
        assertThat(fieldNames(fact)).containsExactly("id", "kind", "label", "verdict", "mentions", "resolution", "detail");
        assertThat(fact.get("verdict").asText()).isEqualTo("conflict");
        assertThat(fact.get("resolution").isNull()).isTrue();
        assertThat(fieldNames(fact.get("mentions").get(0))).containsExactly("articleId", "start", "end", "text", "value");
        JsonNode resolution = root.get("facts").get(2).get("resolution");
        assertThat(fieldNames(resolution))
                .containsExactly("status", "value", "display", "custom", "note", "author", "decidedAt");
        assertThat(resolution.get("status").asText()).isEqualTo("resolved");
        assertThat(resolution.get("decidedAt").asText()).isEqualTo("2025-08-07T14:30:00Z");
    }

    @Test
    void theFileIsPrettyPrintedUtf8WithUnixLineEnds() throws Exception {
        Path file = dir.resolve("p.json");
        files.save(SampleProjects.small(), file);

        String content = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(content).startsWith("{\n  \"format\": \"reconcile-project\",\n  \"version\": 1,\n");
        assertThat(content).contains("Café talks — day one", "🚀").doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void savingReplacesAnExistingFileAndLeavesNoTempFileBehind() throws Exception {
        Path file = dir.resolve("p.json");
        files.save(Project.empty(), file);

        files.save(SampleProjects.small(), file);

        assertThat(files.load(file)).isEqualTo(SampleProjects.small());
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void aSaveThatCannotReplaceTheTargetFailsAndLeavesEverythingAsItWas() throws Exception {
        Path target = Files.createDirectory(dir.resolve("p.json"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> files.save(SampleProjects.small(), target)).isInstanceOf(IOException.class);

        assertThat(inside).hasContent("kept");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(target);
        }
    }

    @Test
    void toJsonGivesTheBytesSaveWrites() throws Exception {
        Path file = dir.resolve("p.json");

        files.save(SampleProjects.small(), file);

        assertThat(files.toJson(ProjectDocument.of(SampleProjects.small()))).isEqualTo(Files.readAllBytes(file));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
