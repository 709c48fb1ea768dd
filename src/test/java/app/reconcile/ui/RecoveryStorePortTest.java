package app.reconcile.ui;

import app.reconcile.core.Project;
import app.reconcile.io.RecoveryStore;
import app.reconcile.ui.support.TestProjects;
import app.reconcile.ui.workspace.RecoveryPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStorePortTest {
    @TempDir
    Path dir;

    private RecoveryStorePort port() {
        return new RecoveryStorePort(new RecoveryStore(dir.resolve("recovery")));
    }

    @Test
    void anAutosaveOfAnUntitledProjectIsFoundAgain() throws Exception {
        Project project = TestProjects.small();

        port().write(project, null);

        RecoveryPort.Recovered found = port().find().orElseThrow();
        assertThat(found.project()).isEqualTo(project);
        assertThat(found.projectFile()).isNull();
    }

    @Test
    void aDeclinedAutosaveIsGone() throws Exception {
        port().write(TestProjects.small(), null);

        port().discard(port().find().orElseThrow());

        assertThat(port().find()).isEmpty();
    }

    @Test
    void savingTheProjectDiscardsItsAutosave() throws Exception {
        Path file = dir.resolve("story.json");
        port().write(TestProjects.small(), file);

        port().discardFor(file);

        assertThat(port().find()).isEmpty();
    }

    @Test
    void anUnreadableAutosaveCountsAsNone() throws Exception {
        Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(dir.resolve("recovery/untitled.recovery.json"), "{ broken");

        assertThat(port().find()).isEmpty();
    }
}
