package app.reconcile.ui;

import app.reconcile.core.Article;
import app.reconcile.core.SourceScore;
import app.reconcile.io.LocalNewsSite;
import app.reconcile.ui.support.UiFixture;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding articles from the web in the real window, against a news site on the loopback interface: the pages'
 * outlets head their panes and name them in the Sources tab; a page that cannot be fetched is named with its
 * reason while the others are added. ({@link AddFromWebInBackgroundTest}: with the production executor.)
 */
@ExtendWith(ApplicationExtension.class)
class AddFromWebWindowTest {
    private static LocalNewsSite site;

    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;

    @BeforeAll
    static void startSite() {
        site = new LocalNewsSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Start
    void start(Stage stage) {
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    @Test
    void twoPagesAddedFromTheWebShowTheirOutletsInThePaneHeaders(FxRobot robot) {
        fixture.dialogs.webAddressesAnswer = site.url(LocalNewsSite.HARBOUR) + "\n" + site.url(LocalNewsSite.COASTAL);

        sideBySide(robot); // seven articles would switch the automatic layout to the focus view
        robot.clickOn("#addFromWebButton");

        assertThat(robot.lookup("#source-a6").queryLabeled().getText()).isEqualTo("The Harbour Times");
        assertThat(robot.lookup("#source-a7").queryLabeled().getText()).isEqualTo("Coastal Daily");
        assertThat(robot.lookup("#published-a6").queryLabeled().getText()).isEqualTo("6 Aug 2025");
        assertThat(robot.lookup("#title-a7").queryLabeled().getText()).isEqualTo("Fourteen hurt as ferry hits Port Ellis pier");
        assertThat(window.workspace().getProject().article("a6").map(Article::url)).contains(site.url(LocalNewsSite.HARBOUR));
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.informations).isEmpty();

        robot.clickOn("Sources");
        TableView<SourceScore> table = robot.lookup("#scoreboard").queryTableView();
        assertThat(table.getItems()).extracting(SourceScore::source).contains("The Harbour Times", "Coastal Daily");
    }

    @Test
    void aPageThatCannotBeFetchedIsNamedWithItsReasonAndTheOtherIsAdded(FxRobot robot) {
        String missing = site.url(LocalNewsSite.MISSING);
        fixture.dialogs.webAddressesAnswer = missing + "\n" + site.url(LocalNewsSite.HARBOUR);

        sideBySide(robot); // seven articles would switch the automatic layout to the focus view
        sideBySide(robot);
        robot.clickOn("#addFromWebButton");

        assertThat(robot.lookup("#source-a6").queryLabeled().getText()).isEqualTo("The Harbour Times");
        assertThat(robot.lookup("#pane-a7").tryQuery()).isEmpty();
        assertThat(fixture.dialogs.informations).containsExactly(
                "Some pages were not added: " + missing + ": the page was not found (HTTP 404 Not Found)");
    }

    private static void sideBySide(FxRobot robot) {
        robot.clickOn("View").clickOn("Article layout").clickOn("#layout-SIDE_BY_SIDE");
    }
}
