package app.reconcile.ui;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.AnalysisCancelledException;
import app.reconcile.core.analysis.bench.SyntheticCorpus;
import app.reconcile.io.SeedCorpus;
import app.reconcile.ui.common.FxTaskExecutor;
import app.reconcile.ui.support.HeldAnalysis;
import app.reconcile.ui.support.UiFixture;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large set analysed in the real window with the production executor: the analysis runs off the FX
 * thread, the status bar shows its progress and a Cancel button, the window keeps answering, and Cancel
 * stops the real engine and leaves the project as it was.
 */
@ExtendWith(ApplicationExtension.class)
class LongAnalysisWindowTest {
    private static final int LARGE_SET = 60;

    private final UiFixture fixture = new UiFixture();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private HeldAnalysis engine;
    private MainWindow window;

    @TempDir
    Path recoveryDir;
    @TempDir
    Path articlesDir;

    @Start
    void start(Stage stage) {
        fixture.executor = executor;
        fixture.engine = real -> engine = new HeldAnalysis(real, LARGE_SET, "Aligning values");
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        engine.release();
        executor.shutdown();
        fixture.dispose();
    }

    @Test
    void cancellingALargeAnalysisStopsTheEngineAndKeepsTheProject(FxRobot robot) throws Exception {
        waitUntilIdle();
        List<Fact> factsBefore = window.workspace().getProject().facts();
        List<Article> articlesBefore = window.workspace().getProject().articles();
        fixture.files.articles = writeSyntheticArticles(LARGE_SET - articlesBefore.size() + 1);

        robot.clickOn("#addArticlesButton");

        assertThat(engine.awaitHeld(60)).as("the engine reached the alignment step").isTrue();
        // the FX thread answers while the engine works: the status bar shows the step, its progress and Cancel
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getText()).startsWith("Aligning values");
        assertThat(bar.getProgress()).isGreaterThan(0).isLessThan(1);
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isTrue();

        robot.clickOn("#cancelButton");
        engine.release();

        assertThat(engine.awaitOutcome(60)).isInstanceOf(AnalysisCancelledException.class);
        waitUntilIdle();
        assertThat(bar.getText()).endsWith("cancelled");
        assertThat(window.workspace().getProject().articles()).isEqualTo(articlesBefore);
        assertThat(window.workspace().getProject().facts()).isEqualTo(factsBefore);
        assertThat(window.workspace().isDirty()).isFalse();
    }

    private List<Path> writeSyntheticArticles(int count) throws Exception {
        List<String> seedTexts = new SeedCorpus().load().stream().map(Article::text).toList();
        List<Path> paths = new ArrayList<>();
        for (Article a : new SyntheticCorpus(seedTexts, 7).articles(count, 300)) {
            Path file = articlesDir.resolve(a.source());
            Files.writeString(file, a.text(), StandardCharsets.UTF_8);
            paths.add(file);
        }
        return paths;
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.workspace().activity().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
