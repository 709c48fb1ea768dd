package app.reconcile.ui;

import app.reconcile.core.Project;
import app.reconcile.ui.support.UiFixture;
import app.reconcile.ui.viewer.ArticlePane;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Keyboard all the way", on the real window over the seeds: Ctrl+1..9 put the keyboard into that article's
 * pane; Tab and Shift+Tab go round fact list → each pane on view → value field, and never stop in a text area
 * (RichTextFX areas would otherwise keep Tab for themselves) or on a stop that cannot take the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusWindowTest {
    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    @Test
    void ctrlAndADigitPutTheKeyboardIntoThatPane(FxRobot robot) {
        List<ArticlePane> panes = window.articles().panes();
        assertThat(panes).as("the seeds' panes").hasSize(5);
        assertThat(window.articles().shownPanes()).as("all five side by side").isEqualTo(panes);

        for (int n = 1; n <= panes.size(); n++) {
            ctrl(robot, digit(n));
            assertThat(focusedArea(robot)).as("Ctrl+" + n).isSameAs(panes.get(n - 1).textArea());
        }
        // and back down again, from a pane to an earlier one
        ctrl(robot, KeyCode.DIGIT2);
        assertThat(focusedArea(robot)).as("Ctrl+2 after Ctrl+5").isSameAs(panes.get(1).textArea());
    }

    @Test
    void inTheFocusLayoutCtrlAndADigitBringsAnArticleFromTheStripIntoView(FxRobot robot) {
        robot.clickOn("View").clickOn("Article layout").clickOn("#layout-FOCUS");
        List<ArticlePane> panes = window.articles().panes();
        int number = 1;
        while (window.articles().shownPanes().contains(panes.get(number - 1))) {
            number++;
        }
        ArticlePane hidden = panes.get(number - 1);

        ctrl(robot, digit(number));

        assertThat(window.articles().shownPanes()).as("Ctrl+" + number + " shows its article").contains(hidden);
        assertThat(focusedArea(robot)).as("Ctrl+" + number).isSameAs(hidden.textArea());
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < window.articles().shownPanes().size() + 1; i++) {
            robot.type(KeyCode.TAB);
            visited.add(focusOwner(robot));
        }
        assertThat(visited).as("Tab goes round the panes on view, the value field and the list")
                .containsExactlyInAnyOrderElementsOf(cycleWithout(hidden.textArea()));
    }

    @Test
    void ctrlAndADigitBeyondThePanesChangesNothing(FxRobot robot) {
        List<String> texts = areaTexts();
        robot.clickOn("#factList");
        ListView<?> list = robot.lookup("#factList").queryListView();
        String selected = window.workspace().selectedFactIdProperty().get();
        Project before = window.workspace().getProject();

        for (KeyCode beyond : List.of(KeyCode.DIGIT6, KeyCode.DIGIT9)) {
            ctrl(robot, beyond);
            assertThat(focusOwner(robot)).as("Ctrl+" + beyond.getName() + " from the list").isSameAs(list);
        }
        ctrl(robot, KeyCode.DIGIT3);
        ctrl(robot, KeyCode.DIGIT9);
        assertThat(focusedArea(robot)).as("Ctrl+9 from pane 3").isSameAs(window.articles().panes().get(2).textArea());

        // not taken as "9: choose the ninth value" either, nor as anything else
        assertThat(window.workspace().selectedFactIdProperty().get()).isEqualTo(selected);
        assertThat(window.workspace().getProject()).isSameAs(before);
        assertThat(areaTexts()).isEqualTo(texts);
    }

    @Test
    void tabGoesFromTheListThroughEachPaneToTheValueFieldAndShiftTabComesBack(FxRobot robot) {
        List<String> texts = areaTexts();
        assertThat(window.workspace().selectedFactIdProperty().get()).as("a fact is selected").isNotNull();
        robot.clickOn("#factList");
        List<Node> cycle = new ArrayList<>();
        cycle.add(window.factList().list());
        window.articles().shownPanes().forEach(p -> cycle.add(p.textArea()));
        cycle.add(window.decisionPanel().valueField());

        for (int i = 1; i <= cycle.size(); i++) {
            robot.type(KeyCode.TAB);
            assertThat(focusOwner(robot)).as("Tab number " + i).isSameAs(cycle.get(i % cycle.size()));
        }
        for (int i = cycle.size() - 1; i >= 0; i--) {
            shiftTab(robot);
            assertThat(focusOwner(robot)).as("Shift+Tab back to stop " + i).isSameAs(cycle.get(i));
        }
        assertThat(areaTexts()).as("Tab typed nothing into the articles").isEqualTo(texts);
        assertThat(window.decisionPanel().valueField().getText()).isEmpty();
    }

    @Test
    void withNoFactSelectedTabSkipsTheDisabledValueFieldInsteadOfStopping(FxRobot robot) {
        List<String> texts = areaTexts();
        robot.interact(() -> window.workspace().select(null));
        assertThat(window.decisionPanel().valueField().isDisabled()).as("nothing to decide").isTrue();
        List<ArticlePane> panes = window.articles().shownPanes();
        StyleClassedTextArea last = panes.get(panes.size() - 1).textArea();
        ctrl(robot, digit(panes.size()));

        robot.type(KeyCode.TAB);
        assertThat(focusOwner(robot)).as("Tab from the last pane").isSameAs(window.factList().list());
        shiftTab(robot);
        assertThat(focusOwner(robot)).as("Shift+Tab from the list").isSameAs(last);
        assertThat(areaTexts()).isEqualTo(texts);
    }

    @Test
    void onTheSourcesTabTabSkipsTheHiddenFactList(FxRobot robot) {
        robot.clickOn("#sourcesTab");
        List<ArticlePane> panes = window.articles().shownPanes();
        ctrl(robot, KeyCode.DIGIT1);

        shiftTab(robot);
        assertThat(focusOwner(robot)).as("Shift+Tab from the first pane").isSameAs(window.decisionPanel().valueField());
        robot.type(KeyCode.TAB);
        assertThat(focusOwner(robot)).as("Tab from the value field").isSameAs(panes.get(0).textArea());
    }

    /** The Tab stops of the window as it is now, less {@code left}. */
    private List<Node> cycleWithout(Node left) {
        List<Node> cycle = new ArrayList<>();
        cycle.add(window.factList().list());
        window.articles().shownPanes().forEach(p -> cycle.add(p.textArea()));
        cycle.add(window.decisionPanel().valueField());
        cycle.remove(left);
        return cycle;
    }

    private List<String> areaTexts() {
        return window.articles().panes().stream().map(p -> p.textArea().getText()).toList();
    }

    private Node focusOwner(FxRobot robot) {
        return window.stage().getScene().getFocusOwner();
    }

    /** The text area that holds the keyboard (the focus owner or one of its parents), or null. */
    private StyleClassedTextArea focusedArea(FxRobot robot) {
        for (Node n = focusOwner(robot); n != null; n = n.getParent()) {
            if (n instanceof StyleClassedTextArea area) {
                return area;
            }
        }
        return null;
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static void shiftTab(FxRobot robot) {
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }
}
