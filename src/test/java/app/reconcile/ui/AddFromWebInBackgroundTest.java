package app.reconcile.ui;

import app.reconcile.io.LocalNewsSite;
import app.reconcile.ui.common.FxTaskExecutor;
import app.reconcile.ui.support.UiFixture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a page from the web with the production executor: the page is fetched off the FX thread, the status
 * bar says what is being fetched while the window keeps answering, and the page arrives as a new pane.
 */
@ExtendWith(ApplicationExtension.class)
class AddFromWebInBackgroundTest {
    private static LocalNewsSite site;

    private final UiFixture fixture = new UiFixture();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Boolean> fetchedOnFxThread = new CopyOnWriteArrayList<>();
    private final List<String> statusWhileFetching = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @TempDir
    Path recoveryDir;

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
        fixture.executor = executor;
        fixture.web = real -> (addresses, first, monitor) -> {
            fetchedOnFxThread.add(Platform.isFxApplicationThread());
            return real.fetchEach(addresses, first, monitor);
        };
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        executor.shutdown();
        fixture.dispose();
    }

    @Test
    void aPageIsFetchedOffTheFxThreadWithProgressInTheStatusBar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.workspace().activity().isBusy());
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        robot.interact(() -> bar.textProperty().addListener((obs, old, now) -> statusWhileFetching.add(now)));
        fixture.dialogs.webAddressesAnswer = site.url(LocalNewsSite.WIRE);
        // six articles would switch the automatic layout to the focus view, where a6 may sit in the strip
        robot.clickOn("View").clickOn("Article layout").clickOn("#layout-SIDE_BY_SIDE");

        robot.clickOn("#addFromWebButton");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.workspace().getProject().articles().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fetchedOnFxThread).containsExactly(false);
        assertThat(statusWhileFetching).contains("Fetching 1 page(s)…");
        assertThat(robot.lookup("#source-a6").queryLabeled().getText()).isEqualTo("127.0.0.1");
    }
}
