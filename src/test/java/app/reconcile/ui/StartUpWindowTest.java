package app.reconcile.ui;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.ui.common.FxTaskExecutor;
import app.reconcile.ui.support.UiFixture;
import app.reconcile.ui.viewer.ArticlePane;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up on the seeds with the production executor: the article texts are laid out and on screen before
 * the analysis takes the CPU (a 2-core machine otherwise shows a blank window for seconds), the analysis
 * then finishes in the background, and no scrollbar sits over the first letters of a pane.
 */
@ExtendWith(ApplicationExtension.class)
class StartUpWindowTest {
    private final UiFixture fixture = new UiFixture();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<Stage> shownStage = new AtomicReference<>();
    private final AtomicReference<Boolean> textsLaidOutWhenAnalysisStarted = new AtomicReference<>();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;

    @Start
    void start(Stage stage) {
        shownStage.set(stage);
        fixture.executor = executor;
        fixture.analyseAfterFirstFrame = true;
        fixture.engine = real -> new FactFinder() {
            @Override
            public List<Fact> findFacts(List<Article> articles, ProgressMonitor monitor) {
                textsLaidOutWhenAnalysisStarted.compareAndSet(null, textsLaidOut());
                return real.findFacts(articles, monitor);
            }
        };
        window = fixture.open(stage, recoveryDir);
        // the first frame is where the stray bars showed: record what it lays out, once
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            firstFrameProblems.set(scrollBarProblems());
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    private final AtomicReference<List<String>> firstFrameProblems = new AtomicReference<>();

    /** Every visible scrollbar in a pane that is not a full-height vertical bar at the pane's right edge. */
    private List<String> scrollBarProblems() {
        List<String> problems = new java.util.ArrayList<>();
        for (ArticlePane pane : window.articles().panes()) {
            Bounds text = pane.textArea().localToScene(pane.textArea().getLayoutBounds());
            for (Node node : pane.lookupAll(".scroll-bar")) {
                ScrollBar bar = (ScrollBar) node;
                if (!bar.isVisible()) {
                    continue;
                }
                Bounds b = bar.localToScene(bar.getLayoutBounds());
                if (bar.getOrientation() != Orientation.VERTICAL || b.getMinX() < text.getMinX() + text.getWidth() / 2
                        || b.getHeight() < text.getHeight() / 2) {
                    problems.add(pane.getId() + ": " + bar.getOrientation() + " bar at " + b);
                }
            }
        }
        return problems;
    }

    /** Read off the FX thread on purpose: only whether the first layout pass has given the panes a size. */
    private boolean textsLaidOut() {
        Stage stage = shownStage.get();
        if (stage == null || stage.getScene() == null) {
            return false;
        }
        List<Node> areas = stage.getScene().getRoot().lookupAll("." + app.reconcile.ui.common.StyleClasses.ARTICLE_TEXT).stream().toList();
        return !areas.isEmpty() && areas.stream().allMatch(a -> a.getLayoutBounds().getWidth() > 0);
    }

    @AfterEach
    void tearDown() {
        executor.shutdown();
        fixture.dispose();
    }

    @Test
    void theArticleTextsAreLaidOutBeforeTheAnalysisStartsAndHighlightsFollowInTheBackground() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.workspace().getProject().facts().isEmpty()
                && !window.workspace().activity().isBusy());

        assertThat(textsLaidOutWhenAnalysisStarted.get()).as("texts laid out when the analysis started").isTrue();
        assertThat(window.articles().panes()).hasSize(5)
                .allSatisfy(p -> assertThat(p.textArea().getText()).isEqualTo(p.article().text()));
    }

    @Test
    void noScrollbarCoversTheFirstLettersOfAPaneInTheFirstFrameOrLater(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> firstFrameProblems.get() != null);
        AtomicReference<List<String>> later = new AtomicReference<>();
        robot.interact(() -> later.set(scrollBarProblems()));

        assertThat(firstFrameProblems.get()).as("first frame").isEmpty();
        assertThat(later.get()).as("after layout settled").isEmpty();
    }
}
