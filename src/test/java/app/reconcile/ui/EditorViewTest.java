package app.reconcile.ui;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Variant;
import app.reconcile.ui.support.UiFixture;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, points 1 to 9, on the real window at the default size (1400×860): what an editor on deadline
 * trips over first. Each test drives the window as the editor does and asserts what the editor sees.
 */
@ExtendWith(ApplicationExtension.class)
class EditorViewTest {
    private static final double LEADING = 1.5;

    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static java.nio.file.Path recoveryDir;

    @Start
    void start(Stage stage) {
        fixture.windowWidth = 1400;
        fixture.windowHeight = 860;
        window = fixture.open(stage, recoveryDir);
        // the headless screen is smaller than the default window; the window keeps its default size anyway
        stage.setWidth(1400);
        stage.setHeight(860);
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

    private Fact withMention(String text) {
        return facts().stream().filter(f -> f.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no fact mentions " + text));
    }

    private Mention mention(Fact fact, String text) {
        return fact.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    private StyleClassedTextArea area(FxRobot robot, String articleId) {
        return robot.lookup("#area-" + articleId).queryAs(StyleClassedTextArea.class);
    }

    private Point2D onScreen(FxRobot robot, Mention m) throws Exception {
        StyleClassedTextArea area = area(robot, m.articleId());
        robot.interact(() -> area.showParagraphAtCenter(
                area.offsetToPosition(m.start(), TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(m.start(), m.end())).get()
                .orElseThrow(() -> new AssertionError(m.text() + " is not on screen"));
        return new Point2D(b.getMinX() + Math.min(b.getWidth() / 2, 6), b.getMinY() + b.getHeight() / 2);
    }

    private void select(FxRobot robot, Fact fact) {
        robot.interact(() -> window.workspace().select(fact.id()));
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
    }

    /** The text a label or button shows, which ends in "…" when the control is too narrow for it. */
    private static String shown(Labeled labeled) {
        for (Node n : labeled.lookupAll(".text")) {
            if (n instanceof Text text && text.getParent() == labeled) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    /** Shown: it and every parent visible (the list keeps hidden spare cells of zero width). */
    private static boolean onView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // ---- 1. the selection box and the conflict underline cut off letter tails ----

    @Test
    void highlightLinesNeverCoverTheLettersTheyMark(FxRobot robot) throws Exception {
        Fact name = withMention("Yury");
        select(robot, name);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = area(robot, mention(name, "Yury").articleId());

        List<String> covered = new ArrayList<>();
        int checked = 0;
        for (Node paragraph : area.lookupAll(".paragraph-text")) {
            List<Text> texts = ((Parent) paragraph).getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Text t && !t.getText().isBlank()).map(n -> (Text) n)
                    // a segment wrapped over two lines has one box for both: only single-line runs are measured
                    .filter(t -> t.getBoundsInParent().getHeight() < t.getFont().getSize() * 2).toList();
            for (Node node : ((Parent) paragraph).getChildrenUnmodifiable()) {
                if (!(node instanceof Path path) || path.getStroke() == null || path.getStrokeWidth() <= 0
                        || path.getElements().isEmpty()) {
                    continue;
                }
                double[] g = geometry(path);
                if (g[2] - g[0] < 2) {
                    continue; // the caret
                }
                double sw = path.getStrokeWidth();
                boolean underline = g[3] - g[1] < 1;
                for (Text t : texts) {
                    Bounds tb = t.getBoundsInParent();
                    double middle = (tb.getMinY() + tb.getMaxY()) / 2;
                    boolean sameLine = underline
                            ? middle < g[1] && g[1] - tb.getMaxY() < tb.getHeight() / 2
                            : middle > g[1] && middle < g[3];
                    if (tb.getMaxX() <= g[0] + 1 || tb.getMinX() >= g[2] - 1 || !sameLine) {
                        continue;
                    }
                    checked++;
                    double innerTop;
                    double innerBottom;
                    if (underline) {
                        innerTop = g[1] - sw / 2;
                        if (innerTop < tb.getMaxY() - 0.5) {
                            covered.add("underline over \"" + t.getText() + "\" at " + innerTop + " < " + tb.getMaxY());
                        }
                        continue;
                    }
                    double inset = path.getStrokeType() == StrokeType.OUTSIDE ? 0
                            : path.getStrokeType() == StrokeType.CENTERED ? sw / 2 : sw;
                    innerTop = g[1] + inset;
                    innerBottom = g[3] - inset;
                    // a text box ends about a pixel of leading below its descenders: that much may be framed
                    if (innerBottom < tb.getMaxY() - LEADING || innerTop > tb.getMinY() + LEADING) {
                        covered.add("frame over \"" + t.getText() + "\": inner " + innerTop + ".." + innerBottom
                                + " vs text " + tb.getMinY() + ".." + tb.getMaxY());
                    }
                }
            }
        }
        assertThat(checked).as("lines checked against their text").isPositive();
        assertThat(covered).isEmpty();
    }

    /** minX, minY, maxX, maxY of a path's absolute move/line points, in the parent's coordinates. */
    private static double[] geometry(Path path) {
        double[] g = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (PathElement e : path.getElements()) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            Point2D p = path.localToParent(x, y);
            g[0] = Math.min(g[0], p.getX());
            g[1] = Math.min(g[1], p.getY());
            g[2] = Math.max(g[2], p.getX());
            g[3] = Math.max(g[3], p.getY());
        }
        return g;
    }

    // ---- 2. clicking a highlight decides ----

    @Test
    void clickingAVersionOfTheSelectedConflictMakesItAuthoritativeAndSaysSo(FxRobot robot) throws Exception {
        Fact children = withMention("Four");
        robot.interact(() -> window.workspace().select(null));
        Mention four = mention(children, "Four");

        robot.clickOn(onScreen(robot, four));
        assertThat(window.workspace().selectedFactIdProperty().get()).isEqualTo(children.id());
        assertThat(status(robot)).as("the first click says what it did").contains("Selected");

        robot.clickOn(onScreen(robot, four));

        Fact decided = fact(children.id());
        assertThat(decided.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(decided.resolution().value()).isEqualTo(four.value());
        assertThat(status(robot)).contains("Chose").contains("Four");
    }

    // ---- 3. after a decision the text shows which version won ----

    @Test
    void theChosenVersionIsMarkedAndTheRejectedOneStruckThroughWithTheChosenValueOnHover(FxRobot robot)
            throws Exception {
        Fact name = withMention("Yury");
        Variant yuri = name.variants().stream().filter(v -> v.display().equals("Yuri")).findFirst().orElseThrow();
        select(robot, name);
        robot.interact(() -> window.decisions().choose(yuri));
        robot.interact(() -> window.workspace().select(withMention("Four").id()));
        Mention rejected = mention(name, "Yury");
        Mention chosen = yuri.mentions().get(0);

        assertThat(area(robot, chosen.articleId()).getStyleOfChar(chosen.start() + 1))
                .contains("rc-chosen-value").doesNotContain("rc-rejected-value");
        assertThat(area(robot, rejected.articleId()).getStyleOfChar(rejected.start() + 1))
                .contains("rc-rejected-value").doesNotContain("rc-chosen-value");

        robot.moveTo(onScreen(robot, rejected)).moveBy(1, 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().contains("chosen"));
        assertThat(shownTooltip()).contains("Yury").contains("chosen").contains("Yuri");
    }

    private static String shownTooltip() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing()).map(w -> ((Tooltip) w).getText())
                .reduce("", (a, b) -> a + b)).get();
    }

    @Test
    void f1ListsTheKeysAndTheLegendExplainsEveryMark(FxRobot robot) {
        robot.clickOn("#factList");

        robot.type(KeyCode.F1);

        Labeled help = robot.lookup("#keyboardHelp .label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText().contains("Alt+Down")).findFirst().orElseThrow();
        assertThat(help.getText()).contains("Alt+Down");
        assertThat(robot.lookup("#keyboardHelp").queryAs(Parent.class).lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).toList()).contains("Ctrl+1…9", "F1 or ?");

        robot.clickOn("#legendButton");
        String legend = robot.lookup("#legend").queryAs(StyleClassedTextArea.class).getText();
        assertThat(legend).contains("Chosen").contains("Rejected").contains("Conflict").contains("Compatible")
                .contains("Agreement").contains("Selected").contains("ruler");
    }

    // ---- 4. five articles fit at the default window size ----

    @Test
    void fiveArticlesFitSideBySideAtTheDefaultWindowSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane view = robot.lookup("#articlesView").queryAs(ScrollPane.class);
        Bounds viewport = view.localToScreen(view.getLayoutBounds());

        for (int i = 1; i <= 5; i++) {
            Node pane = robot.lookup("#pane-a" + i).query();
            Bounds b = pane.localToScreen(pane.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of pane a" + i).isLessThanOrEqualTo(viewport.getMaxX() + 1);
            assertThat(b.getWidth()).as("width of pane a" + i).isGreaterThanOrEqualTo(180);
        }
    }

    // ---- 5. sources are known by human names ----

    @Test
    void sourcesAreNamedAfterTheArticleNotItsHashFileNameAndARenameIsUsedEverywhere(FxRobot robot) {
        for (int i = 1; i <= 5; i++) {
            String header = robot.lookup("#source-a" + i).queryAs(Labeled.class).getText();
            assertThat(header).as("header of a" + i).doesNotContain(".txt").isNotBlank().hasSizeLessThanOrEqualTo(40);
        }
        select(robot, withMention("Four"));
        assertThat(robot.lookup(".rc-variant-button").queryAllAs(Button.class))
                .allSatisfy(b -> assertThat(b.getText()).doesNotContain(".txt"));

        fixture.dialogs.textAnswer = "Kyiv Post";
        Labeled header = robot.lookup("#source-a2").queryAs(Labeled.class);
        robot.interact(() -> header.getContextMenu().getItems().stream()
                .filter(i -> "renameArticleMenuItem".equals(i.getId())).findFirst().orElseThrow().fire());

        assertThat(robot.lookup("#source-a2").queryAs(Labeled.class).getText()).isEqualTo("Kyiv Post");
        select(robot, facts().stream().filter(f -> f.isConflict() && f.articleIds().contains("a2")).findFirst().orElseThrow());
        assertThat(robot.lookup(".rc-variant-button").queryAllAs(Button.class).stream().map(Button::getText))
                .anyMatch(t -> t.contains("Kyiv Post"));
        robot.clickOn("#sourcesTab");
        TableView<?> table = robot.lookup("#scoreboard").queryTableView();
        assertThat(table.getColumns().get(0).getCellData(1)).isEqualTo("Kyiv Post");
        assertThat(table.getColumns().get(0).getCellData(0)).asString().doesNotContain(".txt");
    }

    // ---- 6. the left panel is not cramped ----

    @Test
    void theLeftPanelShowsItsLabelsButtonsAndSourcesWhole(FxRobot robot) {
        Fact ushakov = facts().stream().filter(f -> f.label().startsWith("Ushakov")).findFirst()
                .orElse(facts().stream().max((a, b) -> a.label().length() - b.label().length()).orElseThrow());
        select(robot, ushakov);
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#dismissButton", "#reopenButton", "#useValueButton")) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shown(button)).as(id).isEqualTo(button.getText());
        }
        List<String> cut = robot.lookup("#factList .label").queryAllAs(Labeled.class).stream()
                .filter(l -> onView(l) && l.getText() != null && !l.getText().isEmpty() && !shown(l).equals(l.getText()))
                .map(Labeled::getText).toList();
        assertThat(cut).as("fact list labels cut short").isEmpty();
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        assertThat(split.lookup(".split-pane-divider").getLayoutBounds().getWidth()).as("divider width")
                .isGreaterThanOrEqualTo(5);

        robot.clickOn("#sourcesTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#scoreboard").queryTableView();
        List<String> headers = table.lookupAll(".column-header .label").stream().map(n -> (Labeled) n)
                .filter(l -> l.getText() != null && !shown(l).equals(l.getText())).map(Labeled::getText).toList();
        assertThat(headers).as("headers cut short").isEmpty();
        Set<Node> rows = table.lookupAll(".table-row-cell");
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        long fullyVisible = rows.stream().filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() != null)
                .filter(r -> r.isVisible() && r.localToScene(r.getLayoutBounds()).getMaxY() <= tableBounds.getMaxY() + 0.5)
                .count();
        assertThat(fullyVisible).as("source rows in view").isEqualTo(5);
    }

    // ---- 7. the filter and navigation agree ----

    @Test
    void navigationFollowsTheFilteredList(FxRobot robot) {
        ListView<Fact> list = robot.lookup("#factList").queryListView();
        robot.clickOn("#filterField").write("Zapor");
        assertThat(list.getItems()).isNotEmpty();

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        String afterNext = window.workspace().selectedFactIdProperty().get();
        assertThat(afterNext == null || list.getItems().stream().anyMatch(f -> f.id().equals(afterNext)))
                .as("Alt+Down landed on " + afterNext + ", which the list does not show").isTrue();

        robot.clickOn("#filterField");
        robot.type(KeyCode.DOWN);
        assertThat(list.isFocused()).as("Down moves into the list").isTrue();
        assertThat(window.workspace().selectedFactIdProperty().get()).isIn(list.getItems().stream().map(Fact::id).toList());

        robot.interact(() -> window.workspace().select(null));
        robot.clickOn("#filterField");
        robot.type(KeyCode.ENTER);
        assertThat(window.workspace().selectedFactIdProperty().get()).isEqualTo(list.getItems().get(0).id());

        robot.clickOn("#filterField");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getText()).isEmpty();
    }

    // ---- 8. a decided conflict stays where it was in the list ----

    @Test
    void aDecidedConflictKeepsItsPlaceInTheList(FxRobot robot) {
        ListView<Fact> list = robot.lookup("#factList").queryListView();
        Fact first = list.getItems().get(0);
        select(robot, first);
        List<String> before = list.getItems().stream().map(Fact::id).toList();

        robot.clickOn("#variant-1");

        assertThat(fact(first.id()).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(list.getItems().stream().map(Fact::id).toList()).isEqualTo(before);
    }

    // ---- 9. no silent cases ----

    @Test
    void enterOnATieSaysWhyNothingWasDecided(FxRobot robot) {
        Fact tie = facts().stream().filter(f -> f.needsDecision() && f.majorityVariant().isEmpty()).findFirst()
                .orElseThrow();
        robot.clickOn("#factList");
        select(robot, tie);

        robot.type(KeyCode.ENTER);

        assertThat(fact(tie.id()).status()).isEqualTo(ResolutionStatus.UNRESOLVED);
        assertThat(status(robot)).contains("tie").contains("1");
    }

    @Test
    void aTypedNumberWordMatchesTheStatedValue(FxRobot robot) {
        Fact children = withMention("Four");
        Variant two = children.variants().stream().filter(v -> v.value().equals("2")).findFirst().orElseThrow();
        select(robot, children);

        robot.clickOn("#customValueField").write("two");
        robot.clickOn("#useValueButton");

        assertThat(fact(children.id()).resolution().custom()).isFalse();
        assertThat(fact(children.id()).resolution().value()).isEqualTo(two.value());
    }
}
