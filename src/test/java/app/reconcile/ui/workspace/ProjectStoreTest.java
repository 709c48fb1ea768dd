package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import app.reconcile.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectStoreTest {
    private static final Path WITH_UNKNOWN_FIELDS = Path.of("src/test/resources/io/good/unknown-fields.json");

    @TempDir
    Path dir;

    private final ProjectStore store = ProjectStore.of(new ProjectFiles());

    @Test
    void fieldsThisVersionDoesNotKnowSurviveOpenEditAndSave() throws Exception {
        Project loaded = store.load(WITH_UNKNOWN_FIELDS);
        Path saved = dir.resolve("saved.json");

        store.save(loaded.withFacts(loaded.facts()), saved);

        assertThat(Files.readString(saved)).contains("\"paywall\": \"metered\"");
    }

    @Test
    void aNewProjectDoesNotInheritTheLastFilesUnknownFields() throws Exception {
        Project loaded = store.load(WITH_UNKNOWN_FIELDS);
        store.startNew();
        Path saved = dir.resolve("new.json");

        store.save(loaded, saved);

        assertThat(Files.readString(saved)).doesNotContain("paywall");
    }
}
