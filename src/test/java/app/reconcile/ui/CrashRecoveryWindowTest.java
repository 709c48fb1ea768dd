package app.reconcile.ui;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.io.RecoveryStore;
import app.reconcile.io.SeedCorpus;
import app.reconcile.ui.support.UiFixture;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a crash the autosave is all that is left of the editor's work: the next start of the real window
 * finds it, asks, and restores it as unsaved work (the title says so).
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryWindowTest {
    private final UiFixture fixture = new UiFixture();
    private MainWindow window;
    private String decidedFactId;

    @TempDir
    Path recoveryDir;

    @Start
    void start(Stage stage) throws Exception {
        List<Article> seeds = new SeedCorpus().load();
        Project analysed = new Project(seeds, new Analyzer().findFacts(seeds, ProgressMonitor.NONE));
        Fact conflict = analysed.facts().stream().filter(Fact::isConflict).findFirst().orElseThrow();
        decidedFactId = conflict.id();
        Resolution decision = Resolution.choose(conflict.variants().get(0), "from before the crash", "tester", Instant.EPOCH);
        // what the autosave timer wrote before the process died
        new RecoveryStore(recoveryDir).write(analysed.updateFact(decidedFactId, f -> f.withResolution(decision)), null);

        fixture.dialogs.confirmAnswer = true;
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    @Test
    void theNextStartOffersTheAutosaveAndRestoresTheDecisions() {
        assertThat(fixture.dialogs.confirmations).singleElement().asString().startsWith("Restore unsaved work");

        Fact restored = window.workspace().getProject().fact(decidedFactId).orElseThrow();
        assertThat(restored.resolution()).isNotNull();
        assertThat(restored.resolution().note()).isEqualTo("from before the crash");
        assertThat(window.workspace().isDirty()).as("restored work is not saved yet").isTrue();
        assertThat(window.stage().getTitle()).endsWith("*");
    }
}
