package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files from other versions and hand edits: unknown fields survive, older versions are migrated. */
class ProjectFilesCompatibilityTest {
    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void unknownFieldsAtEveryLevelSurviveLoadAndSave() throws Exception {
        Path original = fixture("unknown-fields.json");
        Path saved = dir.resolve("saved.json");

        ProjectDocument document = files.loadDocument(original);
        files.save(document, saved);

        assertThat(document.unknownFields().count()).isEqualTo(6);
        assertThat(json.readTree(saved.toFile())).isEqualTo(json.readTree(original.toFile()));
    }

    @Test
    void unknownFieldsStayWithTheirObjectAfterAnEdit() throws Exception {
        ProjectDocument document = files.loadDocument(fixture("unknown-fields.json"));
        Project edited = document.project().updateFact("f1", f -> f.withResolution(null));
        Path saved = dir.resolve("edited.json");

        files.save(document.withProject(edited), saved);

        JsonNode fact = json.readTree(saved.toFile()).get("facts").get(0);
        assertThat(fact.get("confidence").asDouble()).isEqualTo(0.93);
        assertThat(fact.get("mentions").get(1).get("sentence").asInt()).isEqualTo(2);
        assertThat(fact.get("resolution").isNull()).isTrue();
    }

    @Test
    void plainLoadIgnoresUnknownFields() throws Exception {
        assertThat(files.load(fixture("unknown-fields.json"))).isEqualTo(files.load(fixture("minimal.json")));
    }

    @Test
    void savingAPlainProjectAddsNoUnknownFields() throws Exception {
        Path saved = dir.resolve("plain.json");

        files.save(files.load(fixture("unknown-fields.json")), saved);

        assertThat(json.readTree(saved.toFile())).isEqualTo(json.readTree(fixture("minimal.json").toFile()));
    }

    @Test
    void aFileWithoutVersionIsReadAsVersionOneAndSavedWithIt() throws Exception {
        Path saved = dir.resolve("migrated.json");

        Project project = files.load(fixture("no-version.json"));
        files.save(project, saved);

        assertThat(project).isEqualTo(files.load(fixture("minimal.json")));
        assertThat(json.readTree(saved.toFile()).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aDecisionTimeWithAnOffsetIsReadAsTheSameInstant() throws Exception {
        String content = Files.readString(fixture("minimal.json"))
                .replace("2025-08-07T14:30:00Z", "2025-08-07T16:30:00+02:00");
        Path file = Files.writeString(dir.resolve("offset.json"), content);

        Project project = files.load(file);

        assertThat(project.fact("f1").orElseThrow().resolution().decidedAt())
                .isEqualTo(Instant.parse("2025-08-07T14:30:00Z"));
    }

    @Test
    void aFileSavedWithAByteOrderMarkByAnotherEditorLoads() throws Exception {
        byte[] content = Files.readAllBytes(fixture("minimal.json"));
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);

        assertThat(files.load(Files.write(dir.resolve("bom.json"), withBom))).isEqualTo(files.load(fixture("minimal.json")));
    }

    @Test
    void theMinimalFixtureHasTheExpectedContent() throws Exception {
        Project project = files.load(fixture("minimal.json"));

        assertThat(project.articles()).hasSize(2);
        assertThat(project.fact("f1").orElseThrow().resolution().display()).isEqualTo("Four");
        assertThat(project.fact("f2").orElseThrow().resolution()).isNull();
    }

    @Test
    void anArticleFromTheWebKeepsItsAddressAndDateThroughSaveAndLoad() throws Exception {
        Project project = files.load(fixture("minimal.json"));
        Article fetched = new Article("a3", "The Harbour Times", "Ferry strikes pier", "Twelve were injured.",
                "https://harbour.example/news/ferry", LocalDate.of(2025, 8, 6));
        Path saved = dir.resolve("web.json");

        files.save(project.withArticles(List.of(project.articles().get(0), project.articles().get(1), fetched)), saved);

        assertThat(files.load(saved).article("a3")).contains(fetched);
        assertThat(Files.readString(saved)).contains("\"url\": \"https://harbour.example/news/ferry\"",
                "\"published\": \"2025-08-06\"");
    }

    @Test
    void filesWithoutAddressOrDateStayAsTheyWere() throws Exception {
        Project project = files.load(fixture("minimal.json"));

        assertThat(project.articles()).allSatisfy(a -> {
            assertThat(a.url()).isEmpty();
            assertThat(a.published()).isNull();
        });
        Path saved = dir.resolve("again.json");
        files.save(project, saved);
        assertThat(Files.readString(saved)).doesNotContain("\"url\"", "\"published\"");
    }

    @Test
    void aPublicationDateThatIsNoDateIsRefusedWithItsPlace() throws Exception {
        String content = Files.readString(fixture("minimal.json"))
                .replaceFirst("\"source\": \"[^\"]*\",", "$0 \"published\": \"last Tuesday\",");
        Path bad = Files.writeString(dir.resolve("bad.json"), content);

        assertThatThrownBy(() -> files.load(bad)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("article a1").hasMessageContaining("'published' is \"last Tuesday\"");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ProjectFilesCompatibilityTest.class.getResource("/io/good/" + name)).toURI());
    }
}
