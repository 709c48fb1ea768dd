package app.reconcile.ui;

import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.ui.support.UiFixture;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's main path through the real window: click a highlight, decide, save, reload, move on. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {
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

    private Fact children() {
        return window.workspace().getProject().facts().stream()
                .filter(f -> f.mentions().stream().anyMatch(m -> m.text().equals("Four")))
                .findFirst().orElseThrow();
    }

    private void clickOnMention(FxRobot robot, String articleId, String text) throws Exception {
        StyleClassedTextArea area = robot.lookup("#area-" + articleId).queryAs(StyleClassedTextArea.class);
        int start = children().mentions().stream()
                .filter(m -> m.articleId().equals(articleId) && m.text().equals(text))
                .findFirst().orElseThrow().start();
        robot.interact(() -> {
            area.showParagraphAtCenter(area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(start, start + text.length()))
                .get().orElseThrow(() -> new AssertionError(text + " is not on screen"));
        robot.clickOn(new Point2D(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2));
    }

    /** The id of the seed article whose file name starts with {@code prefix}. */
    private String articleFrom(String prefix) {
        return window.workspace().getProject().articles().stream()
                .filter(a -> a.source().startsWith(prefix)).findFirst().orElseThrow().id();
    }

    /** 1-based number of the variant whose surface text is {@code display}. */
    private int numberOf(String display) {
        var variants = children().variants();
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).display().equals(display)) {
                return i + 1;
            }
        }
        throw new AssertionError(display + " is not a variant of " + children());
    }

    private String selectedId() {
        return window.workspace().selectedFactIdProperty().get();
    }

    @Test
    void opensOnTheSeedsWithOnePanePerArticleAndTheFactsListed(FxRobot robot) {
        for (int i = 1; i <= 5; i++) {
            assertThat(robot.lookup("#pane-a" + i).tryQuery()).as("pane a" + i).isPresent();
        }
        assertThat(robot.lookup("#factList").queryListView().getItems()).isNotEmpty();
        assertThat(window.stage().getTitle()).isEqualTo("Reconcile — Untitled");
    }

    @Test
    void pageFurnitureIsShownDimmedNotDeleted(FxRobot robot) {
        String id = articleFrom("001_");
        StyleClassedTextArea area = robot.lookup("#area-" + id).queryAs(StyleClassedTextArea.class);
        String text = window.workspace().getProject().article(id).orElseThrow().text();
        int furniture = text.indexOf("please wait");
        int reporting = text.indexOf("Four of the injured");

        assertThat(area.getText()).isEqualTo(text);
        assertThat(area.getStyleOfChar(furniture + 1)).contains("rc-boilerplate");
        assertThat(area.getStyleOfChar(reporting + 1)).doesNotContain("rc-boilerplate");
    }

    @Test
    void clickingAHighlightSelectsItsFact(FxRobot robot) throws Exception {
        robot.interact(() -> window.workspace().select(null));

        clickOnMention(robot, articleFrom("001_"), "Four");

        assertThat(selectedId()).isEqualTo(children().id());
    }

    @Test
    void decidingSavingAndReloadingKeepsTheDecision(FxRobot robot) throws Exception {
        clickOnMention(robot, articleFrom("001_"), "Four");
        Button two = robot.lookup("#variant-" + numberOf("two")).queryButton();
        assertThat(two.getText()).startsWith(numberOf("two") + "  two — ").doesNotContain(".txt");
        robot.clickOn(two);
        Path file = dir.resolve("story.json");
        fixture.files.projectToSave = file;

        robot.clickOn("#saveButton");

        Project reloaded = fixture.projectFiles.load(file);
        Fact fact = reloaded.fact(children().id()).orElseThrow();
        assertThat(fact.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(fact.resolution().value()).isEqualTo("2");
        assertThat(fact.resolution().author()).isEqualTo("tester");
        assertThat(window.stage().getTitle()).isEqualTo("Reconcile — story.json");
    }

    @Test
    void ctrlSSavesToTheChosenFile(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#dismissButton");
        Path file = dir.resolve("keyed.json");
        fixture.files.projectToSave = file;

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(file).exists();
        assertThat(window.workspace().isDirty()).isFalse();
    }

    @Test
    void enterAdoptsTheSuggestedValue(FxRobot robot) {
        Fact withMajority = window.workspace().getProject().facts().stream()
                .filter(f -> f.needsDecision() && f.majorityVariant().isPresent()).findFirst().orElseThrow();
        robot.interact(() -> window.workspace().select(withMajority.id()));
        robot.clickOn("#factList");
        robot.interact(() -> window.workspace().select(withMajority.id()));

        robot.type(KeyCode.ENTER);

        Fact decided = window.workspace().getProject().fact(withMajority.id()).orElseThrow();
        assertThat(decided.resolution().value()).isEqualTo(withMajority.majorityVariant().orElseThrow().value());
    }

    @Test
    void altDownMovesToTheNextUnresolvedConflict(FxRobot robot) throws Exception {
        clickOnMention(robot, articleFrom("001_"), "Four");
        robot.clickOn("#variant-" + numberOf("two"));
        String decided = selectedId();

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        Fact next = window.workspace().getSelectedFact().orElseThrow();
        assertThat(next.id()).isNotEqualTo(decided);
        assertThat(next.needsDecision()).isTrue();
    }

    @Test
    void aNumberKeyPicksThatValueAndAdvances(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#factList");
        robot.interact(() -> window.workspace().select(children().id()));

        robot.type(numberOf("two") == 1 ? KeyCode.DIGIT1 : KeyCode.DIGIT2);

        assertThat(children().resolution().display()).isEqualTo("two");
        assertThat(selectedId()).isNotEqualTo(children().id());
    }

    @Test
    void theDecisionPanelSaysWhyTheValuesOfAFactWereLinked(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));

        String shown = robot.lookup("#factDetail").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(shown).startsWith("Linked by evidence (score ").contains("same counted thing: child")
                .isEqualTo(children().detail());
    }

    @Test
    void digitsTypedIntoTheNoteDoNotDecide(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#noteField").write("1 source");

        assertThat(children().resolution()).isNull();
        assertThat(robot.lookup("#noteField").queryAs(TextField.class).getText()).isEqualTo("1 source");
    }

    @Test
    void undoRestoresThePreviousDecision(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#variant-" + numberOf("Four"));
        robot.clickOn("#variant-" + numberOf("two"));

        robot.clickOn("#undoButton");

        assertThat(children().resolution().display()).isEqualTo("Four");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(children().resolution()).isNull();
    }

    @Test
    void theFilterFieldNarrowsTheList(FxRobot robot) {
        ListView<Fact> list = robot.lookup("#factList").queryListView();
        int before = list.getItems().size();

        robot.clickOn("#filterField").write("Four");

        assertThat(list.getItems()).hasSizeLessThan(before).contains(children());
    }

    @Test
    void ctrlFFocusesTheFilter(FxRobot robot) {
        robot.clickOn("#factList");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        assertThat(robot.lookup("#filterField").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void dismissMarksTheFactAsNoDiscrepancy(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));

        robot.clickOn("#dismissButton");

        assertThat(children().status()).isEqualTo(ResolutionStatus.DISMISSED);
        robot.clickOn("#reopenButton");
        assertThat(children().status()).isEqualTo(ResolutionStatus.UNRESOLVED);
    }

    @Test
    void aTypedValueBecomesAuthoritative(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));

        robot.clickOn("#customValueField").write("three");
        robot.clickOn("#useValueButton");

        assertThat(children().resolution().custom()).isTrue();
        assertThat(children().resolution().value()).isEqualTo("three");
    }

    @Test
    void aBadProjectFileShowsAnErrorAndChangesNothing(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{ not json");
        Project before = window.workspace().getProject();
        fixture.files.projectToOpen = bad;

        robot.clickOn("#openButton");

        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Could not open bad.json: ");
        assertThat(window.workspace().getProject()).isSameAs(before);
    }

    @Test
    void exportWritesTheReport(FxRobot robot) {
        Path report = dir.resolve("report.html");
        fixture.dialogs.exportAnswer = form -> {
            form.formatProperty().set(app.reconcile.report.ReportFormat.HTML);
            form.destinationProperty().set(report.toString());
            return form.target();
        };

        robot.clickOn("#exportButton");

        assertThat(report).exists().content().contains("<html");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#dismissButton");
        fixture.dialogs.saveAnswer = app.reconcile.ui.common.SaveChoice.CANCEL;

        robot.interact(() -> window.stage().fireEvent(
                new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(fixture.dialogs.saveQuestions).containsExactly("Untitled");
        assertThat(window.stage().isShowing()).isTrue();
    }

    @Test
    void closingRemembersWherePaneDividersWereLeft(FxRobot robot) {
        javafx.scene.control.SplitPane split = robot.lookup("#mainSplit").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.3));

        robot.interact(() -> window.stage().fireEvent(
                new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(window.stage().isShowing()).isFalse();
        assertThat(fixture.preferences().dividerPosition("main", 0.22)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void addingAnArticleAddsItsPaneAndKeepsEarlierDecisions(FxRobot robot) throws Exception {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#dismissButton");
        Path extra = dir.resolve("extra.txt");
        java.nio.file.Files.writeString(extra, "Officials said four of the injured were children.\n");
        fixture.files.articles = java.util.List.of(extra);

        robot.clickOn("#addArticlesButton");

        // six panes may not fit side by side: then the focus layout shows the new one in its strip
        assertThat(window.articles().pane("a6")).isPresent();
        assertThat(children().status()).isEqualTo(ResolutionStatus.DISMISSED);
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .startsWith("Added 1 article(s); kept 1 decision(s)");
    }

    @Test
    void theSourcesTabScoresEveryArticleAgainstTheDecisions(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));
        robot.clickOn("#variant-" + numberOf("two"));

        robot.clickOn("Sources");

        javafx.scene.control.TableView<app.reconcile.core.SourceScore> table = robot.lookup("#scoreboard").queryTableView();
        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getItems().stream().filter(s -> s.articleId().equals("a2")).findFirst().orElseThrow()
                .contradicting()).isPositive();
    }

    @Test
    void unsavedChangesMarkTheTitle(FxRobot robot) {
        robot.interact(() -> window.workspace().select(children().id()));

        robot.clickOn("#dismissButton");

        assertThat(window.stage().getTitle()).isEqualTo("Reconcile — Untitled *");
    }
}
