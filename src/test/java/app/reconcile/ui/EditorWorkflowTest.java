package app.reconcile.ui;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.names.SourceNames;
import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.PreferencesForm;
import app.reconcile.ui.report.ScoreboardBars;
import app.reconcile.ui.support.UiFixture;
import app.reconcile.ui.viewer.ArticlePane;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The editor's corrections and the export in the real window: link, merge, split, remove, export, chart. */
@ExtendWith(ApplicationExtension.class)
class EditorWorkflowTest {
    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    private List<Fact> facts() {
        return window.workspace().getProject().facts();
    }

    private Fact fact(String id) {
        return window.workspace().getProject().fact(id).orElseThrow();
    }

    /** A conflict stated by at least three articles, so one mention can leave it and it still compares. */
    private Fact wideConflict() {
        return facts().stream().filter(f -> f.isConflict() && f.articleIds().size() >= 3).findFirst().orElseThrow();
    }

    private void selectWord(FxRobot robot, String articleId, String word) {
        StyleClassedTextArea area = robot.lookup("#area-" + articleId).queryAs(StyleClassedTextArea.class);
        int start = area.getText().indexOf(word);
        assertThat(start).as(word + " in " + articleId).isNotNegative();
        robot.interact(() -> area.selectRange(start, start + word.length()));
    }

    private void fire(ContextMenu menu, String itemId) {
        MenuItem item = menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + itemId));
        assertThat(item.isDisable()).as(itemId + " enabled").isFalse();
        item.fire();
    }

    @Test
    void ctrlLLinksTheTextSelectedInTwoPanesAsOneFactAndUndoRemovesIt(FxRobot robot) {
        int before = facts().size();
        selectWord(robot, "a1", "the");
        selectWord(robot, "a2", "the");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        Fact linked = window.workspace().getSelectedFact().orElseThrow();
        assertThat(facts()).hasSize(before + 1);
        assertThat(linked.mentions()).extracting(Mention::articleId).containsExactly("a1", "a2");
        assertThat(linked.mentions()).extracting(Mention::text).allMatch(t -> t.equalsIgnoreCase("the"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(facts()).hasSize(before).doesNotContain(linked);
    }

    @Test
    void linkingWithTextSelectedInOnlyOnePaneShowsAnErrorAndAddsNothing(FxRobot robot) {
        int before = facts().size();
        selectWord(robot, "a1", "the");

        robot.interact(() -> robot.lookup("#linkButton").queryButton().fire());

        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Cannot link: ");
        assertThat(facts()).hasSize(before);
    }

    @Test
    void mergeWithJoinsTheTwoFactsSelectedInTheList(FxRobot robot) {
        ListView<Fact> list = robot.lookup("#factList").queryListView();
        Fact first = list.getItems().get(0);
        Fact second = list.getItems().get(1);
        robot.interact(() -> {
            list.getSelectionModel().clearAndSelect(1);
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);

        assertThat(window.workspace().getProject().fact(second.id())).isEmpty();
        assertThat(fact(first.id()).mentions()).containsAll(second.mentions());
    }

    @Test
    void splitOffThisMentionFromThePaneContextMenuMakesItsOwnFact(FxRobot robot) {
        Fact wide = wideConflict();
        Mention moved = wide.mentions().get(0);
        ArticlePane pane = window.articles().pane(moved.articleId()).orElseThrow();

        robot.interact(() -> fire(pane.textMenuAt(moved.start()), "splitMentionMenuItem"));

        assertThat(fact(wide.id()).mentions()).doesNotContain(moved);
        assertThat(facts()).noneMatch(f -> f.id().equals(wide.id()) && f.mentions().contains(moved));
        robot.interact(() -> window.workspace().undo());
        assertThat(fact(wide.id()).mentions()).contains(moved);
    }

    @Test
    void aContextMenuRequestOnAHighlightOffersLinkSplitAndRemove(FxRobot robot) throws Exception {
        Fact wide = wideConflict();
        Mention mention = wide.mentions().get(0);
        StyleClassedTextArea area = robot.lookup("#area-" + mention.articleId()).queryAs(StyleClassedTextArea.class);
        robot.interact(() -> {
            window.workspace().select(wide.id());
            area.selectRange(mention.start(), mention.end());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                mention.start(), mention.end())).get().orElseThrow(() -> new AssertionError("mention not on screen"));

        // Monocle turns no right-click into a menu request, so the test sends the request the OS would send
        robot.interact(() -> {
            Point2D inScene = area.localToScene(area.screenToLocal(bounds.getCenterX(), bounds.getCenterY()));
            area.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(),
                    inScene.getY(), bounds.getCenterX(), bounds.getCenterY(), false, null));
        });

        ContextMenu shown = robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow(() -> new AssertionError("no context menu"));
        assertThat(shown.getItems()).extracting(MenuItem::getId)
                .contains("linkMenuItem", "splitMentionMenuItem", "removeMentionMenuItem");
        robot.interact(shown::hide);
    }

    @Test
    void removeThisMentionFromThePaneContextMenuTakesItOutOfTheFact(FxRobot robot) {
        Fact wide = wideConflict();
        Mention removed = wide.mentions().get(wide.mentions().size() - 1);
        ArticlePane pane = window.articles().pane(removed.articleId()).orElseThrow();

        robot.interact(() -> fire(pane.textMenuAt(removed.start()), "removeMentionMenuItem"));

        assertThat(fact(wide.id()).mentions()).doesNotContain(removed).hasSize(wide.mentions().size() - 1);
        assertThat(facts()).noneMatch(f -> f.mentions().contains(removed) && f.id().equals(wide.id()));
    }

    @Test
    void theExportDialogWritesTheReportRemembersTheFormatAndOffersToOpenIt(FxRobot robot) {
        Path report = dir.resolve("story.md");
        fixture.dialogs.confirmAnswer = true;
        fixture.dialogs.exportAnswer = form -> {
            assertThat(form.summary().articles()).isEqualTo(5);
            form.formatProperty().set(ReportFormat.MD);
            form.destinationProperty().set(dir.resolve("story").toString());
            return form.target();
        };

        robot.clickOn("#exportButton");

        assertThat(report).exists().content().contains("# Reconciled report");
        assertThat(fixture.preferences().lastReportFormat()).isEqualTo(ReportFormat.MD);
        assertThat(fixture.preferences().lastFolder()).contains(dir.toAbsolutePath());
        assertThat(fixture.shownDocuments).containsExactly(report);
    }

    @Test
    void theNextExportStartsInTheRememberedFormat(FxRobot robot) {
        fixture.preferences().setLastReportFormat(ReportFormat.CSV);
        ReportFormat[] offered = new ReportFormat[1];
        fixture.dialogs.exportAnswer = form -> {
            offered[0] = form.formatProperty().get();
            return Optional.empty();
        };

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        assertThat(offered[0]).isEqualTo(ReportFormat.CSV);
    }

    @Test
    void theSourcesChartFollowsADecision(FxRobot robot) {
        Fact conflict = wideConflict();
        // the chart names each source as the panes do
        String source = SourceNames.shortName(window.workspace().getProject()
                .article(conflict.mentions().get(0).articleId()).orElseThrow());
        int before = count(ScoreboardBars.UNRESOLVED, source);

        robot.interact(() -> {
            window.workspace().select(conflict.id());
            window.decisions().dismiss();
        });

        assertThat(count(ScoreboardBars.UNRESOLVED, source)).isEqualTo(before - 1);
    }

    private int count(String series, String source) {
        XYChart.Series<Number, String> s = window.scoreboardChart().getData().stream()
                .filter(d -> d.getName().equals(series)).findFirst().orElseThrow();
        return s.getData().stream().filter(d -> d.getYValue().equals(source)).findFirst().orElseThrow()
                .getXValue().intValue();
    }

    @Test
    void removingAnArticleFromItsHeaderMenuKeepsOtherDecisions(FxRobot robot) {
        Fact wide = wideConflict();
        String kept = wide.mentions().get(0).articleId();
        String removed = wide.articleIds().stream().filter(id -> !id.equals(kept)).reduce((a, b) -> b).orElseThrow();
        robot.interact(() -> {
            window.workspace().select(wide.id());
            window.decisions().dismiss();
        });

        robot.interact(() -> fire(robot.lookup("#source-" + removed).queryLabeled().getContextMenu(),
                "removeArticleMenuItem"));

        assertThat(robot.lookup("#pane-" + removed).tryQuery()).isEmpty();
        assertThat(facts()).anyMatch(f -> f.status() == ResolutionStatus.DISMISSED);
        robot.interact(() -> window.workspace().undo());
        assertThat(robot.lookup("#pane-" + removed).tryQuery()).isPresent();
    }

    @Test
    void renamingASourceChangesItsPaneHeaderAndKeepsTheTitle(FxRobot robot) {
        fixture.dialogs.textAnswer = "Police statement";
        String title = robot.lookup("#title-a3").queryLabeled().getText();

        robot.interact(() -> fire(robot.lookup("#title-a3").queryLabeled().getContextMenu(), "renameArticleMenuItem"));

        assertThat(robot.lookup("#source-a3").queryLabeled().getText()).isEqualTo("Police statement");
        assertThat(robot.lookup("#title-a3").queryLabeled().getText()).isEqualTo(title);
    }

    @Test
    void thePreferencesDialogSwitchesScrollInStepOnAndRemembersIt(FxRobot robot) {
        fixture.dialogs.preferencesAnswer = current -> new PreferencesForm(
                current.authorName(), current.autoAdvance(), true);

        robot.interact(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "preferencesMenu".equals(i.getId()))
                .findFirst().orElseThrow().fire());

        assertThat(window.scrollInStep().get()).isTrue();
        assertThat(fixture.preferences().scrollInStep()).isTrue();
    }

    @Test
    void withScrollInStepScrollingOnePaneScrollsTheOthers(FxRobot robot) {
        robot.interact(() -> window.scrollInStep().set(true));
        ArticlePane first = window.articles().panes().get(0);
        ArticlePane second = window.articles().panes().get(1);

        robot.moveTo(first.textArea()).scroll(15, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(first.scrollFraction()).isPositive();
        assertThat(second.scrollFraction()).isCloseTo(first.scrollFraction(), offset(0.05));
    }
}
