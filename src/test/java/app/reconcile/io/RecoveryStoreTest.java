package app.reconcile.io;

import app.reconcile.core.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {
    private static final Instant T0 = Instant.parse("2025-08-07T10:00:00Z");

    @TempDir
    Path home;

    @TempDir
    Path work;

    private final ProjectFiles files = new ProjectFiles();

    @Test
    void nothingIsFoundWhenNothingWasWritten() throws Exception {
        assertThat(store(T0).find()).isEmpty();
    }

    @Test
    void anAutosaveOfAnUntitledProjectIsFoundAndRestored() throws Exception {
        store(T0).write(SampleProjects.small(), null);

        RecoveryCandidate candidate = store(T0).find().orElseThrow();

        assertThat(candidate.original()).isEmpty();
        assertThat(candidate.savedAt()).isEqualTo(T0);
        assertThat(store(T0).restore(candidate).project()).isEqualTo(SampleProjects.small());
    }

    @Test
    void theNewestAutosaveWinsAndKnowsItsProjectFile() throws Exception {
        Path older = work.resolve("older.json");
        Path newer = work.resolve("newer.json");
        store(T0).write(Project.empty(), older);
        store(T0.plusSeconds(60)).write(SampleProjects.small(), newer);

        RecoveryCandidate candidate = store(T0).find().orElseThrow();

        assertThat(candidate.originalProject()).isEqualTo(newer.toAbsolutePath().normalize());
        assertThat(candidate.savedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theRestoredDocumentDoesNotCarryTheRecoveryHeader() throws Exception {
        store(T0).write(SampleProjects.small(), null);
        RecoveryCandidate candidate = store(T0).find().orElseThrow();
        Path saved = work.resolve("saved.json");

        files.save(store(T0).restore(candidate), saved);

        assertThat(Files.readString(saved)).doesNotContain("\"recovery\"");
    }

    @Test
    void anAutosaveOlderThanItsSavedProjectIsNotOffered() throws Exception {
        Path project = work.resolve("p.json");
        files.save(SampleProjects.small(), project);
        Files.setLastModifiedTime(project, FileTime.from(T0.plusSeconds(5)));

        store(T0).write(SampleProjects.small(), project);

        assertThat(store(T0).find()).isEmpty();
    }

    @Test
    void anAutosaveNewerThanItsSavedProjectIsOffered() throws Exception {
        Path project = work.resolve("p.json");
        files.save(SampleProjects.small(), project);
        Files.setLastModifiedTime(project, FileTime.from(T0.minusSeconds(5)));

        store(T0).write(SampleProjects.small(), project);

        assertThat(store(T0).find()).isPresent();
    }

    @Test
    void discardingRemovesTheAutosave() throws Exception {
        Path project = work.resolve("p.json");
        store(T0).write(SampleProjects.small(), project);

        store(T0).discard(project);

        assertThat(store(T0).find()).isEmpty();
        assertThat(store(T0).recoveryFileFor(project)).doesNotExist();
    }

    @Test
    void aDamagedAutosaveIsSkippedAndLeftAlone() throws Exception {
        store(T0).write(SampleProjects.small(), null);
        Path damaged = Files.writeString(store(T0).recoveryFileFor(work.resolve("x.json")), "{ broken");

        RecoveryCandidate candidate = store(T0).find().orElseThrow();

        assertThat(candidate.original()).isEmpty();
        assertThat(damaged).hasContent("{ broken");
    }

    @Test
    void projectsWithTheSameNameInDifferentFoldersGetDifferentRecoveryFiles() {
        RecoveryStore store = store(T0);

        Path a = store.recoveryFileFor(work.resolve("one").resolve("report.json"));
        Path b = store.recoveryFileFor(work.resolve("two").resolve("report.json"));

        assertThat(a).isNotEqualTo(b).hasParentRaw(home);
        assertThat(a.getFileName().toString()).startsWith("report.json-").endsWith(".recovery.json");
    }

    @Test
    void rewritingAnAutosaveReplacesIt() throws Exception {
        store(T0).write(Project.empty(), null);
        store(T0.plusSeconds(1)).write(SampleProjects.small(), null);

        RecoveryCandidate candidate = store(T0).find().orElseThrow();

        assertThat(store(T0).restore(candidate).project()).isEqualTo(SampleProjects.small());
        try (var entries = Files.list(home)) {
            assertThat(entries).hasSize(1);
        }
    }

    private RecoveryStore store(Instant now) {
        return new RecoveryStore(home, files, Clock.fixed(now, ZoneOffset.UTC));
    }
}
