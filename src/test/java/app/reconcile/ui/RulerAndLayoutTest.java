package app.reconcile.ui;

import app.reconcile.core.Fact;
import app.reconcile.ui.support.UiFixture;
import app.reconcile.ui.viewer.ArticlePane;
import app.reconcile.ui.viewer.OverviewRuler;
import app.reconcile.ui.viewer.PaneLayout;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview rulers beside the panes, and layouts that fit from two to eight articles at 1366×768. */
@ExtendWith(ApplicationExtension.class)
class RulerAndLayoutTest {
    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage, recoveryDir);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    private OverviewRuler ruler(FxRobot robot, String articleId) {
        return robot.lookup("#ruler-" + articleId).queryAs(OverviewRuler.class);
    }

    @Test
    void eachPaneHasARulerMarkingItsFactsWithTheSelectedOneOutlined(FxRobot robot) {
        Fact selected = window.workspace().getSelectedFact().orElseThrow();
        String articleId = selected.articleIds().get(0);
        OverviewRuler ruler = ruler(robot, articleId);

        long inArticle = window.workspace().getProject().facts().stream()
                .flatMap(f -> f.mentions().stream()).filter(m -> m.articleId().equals(articleId)).count();
        assertThat(ruler.marks()).hasSize((int) inArticle);
        assertThat(ruler.marks()).filteredOn(m -> m.factId().equals(selected.id()))
                .allSatisfy(m -> assertThat(m.node().getStyleClass()).contains("rc-selected", "rc-conflict"));
        for (int i = 1; i <= 5; i++) {
            assertThat(robot.lookup("#ruler-a" + i).tryQuery()).as("ruler of a" + i).isPresent();
        }
    }

    @Test
    void clickingAMarkOnTheRulerSelectsItsFact(FxRobot robot) {
        Fact selected = window.workspace().getSelectedFact().orElseThrow();
        OverviewRuler ruler = ruler(robot, "a5");
        OverviewRuler.Mark other = ruler.marks().stream()
                .filter(m -> !m.factId().equals(selected.id()) && m.node().getStyleClass().contains("rc-conflict"))
                .findFirst().orElseThrow();

        robot.clickOn(other.node());

        assertThat(window.workspace().selectedFactIdProperty().get()).isEqualTo(other.factId());
    }

    @Test
    void fiveArticlesFitSideBySideAt1366x768(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.articles().shownPanes()).hasSize(5);
        assertAllShownPanesFit(robot);
    }

    @Test
    void eightArticlesSwitchToTheFocusLayoutAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        List<Path> extra = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = dir.resolve("extra" + i + ".txt");
            Files.writeString(file, "Extra report " + i + ". Officials said four of the injured were children.\n");
            extra.add(file);
        }
        fixture.files.articles = extra;
        robot.clickOn("#addArticlesButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articles().panes()).hasSize(8);

        assertThat(window.articles().effectiveLayout()).isEqualTo(PaneLayout.FOCUS);
        List<ArticlePane> shown = window.articles().shownPanes();
        assertThat(shown).hasSizeBetween(2, 3);
        Fact selected = window.workspace().getSelectedFact().orElseThrow();
        assertThat(shown).allSatisfy(p -> assertThat(selected.articleIds()).contains(p.article().id()));
        assertThat(robot.lookup("#focusStrip").queryAs(Node.class).isVisible()).isTrue();
        assertAllShownPanesFit(robot);

        String hidden = window.articles().panes().stream().filter(p -> !shown.contains(p)).findFirst()
                .orElseThrow().article().id();
        robot.clickOn("#strip-" + hidden);
        assertThat(window.articles().shownPanes()).extracting(p -> p.article().id()).contains(hidden);

        robot.clickOn("View").clickOn("Article layout").clickOn("#layout-SIDE_BY_SIDE");
        assertThat(window.articles().shownPanes()).hasSize(8);
        assertThat(fixture.preferences().paneLayout()).isEqualTo("SIDE_BY_SIDE");
    }

    private void assertAllShownPanesFit(FxRobot robot) {
        ScrollPane view = robot.lookup("#articlesView").queryAs(ScrollPane.class);
        Bounds viewport = view.localToScreen(view.getLayoutBounds());
        for (ArticlePane pane : window.articles().shownPanes()) {
            Bounds b = pane.localToScreen(pane.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of " + pane.getId()).isLessThanOrEqualTo(viewport.getMaxX() + 1);
            assertThat(b.getWidth()).as("width of " + pane.getId()).isGreaterThanOrEqualTo(ArticlePane.MIN_WIDTH - 1);
        }
    }
}
