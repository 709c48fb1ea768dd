package app.reconcile.ui;

import app.reconcile.ui.support.UiFixture;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

/**
 * Not a test: writes the README screenshot of the real window on the seeds. Runs only when asked:
 * {@code mvn test -Dtest=ScreenshotCapture -Dreconcile.screenshot=assets/screenshot.png}.
 */
@EnabledIfSystemProperty(named = "reconcile.screenshot", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotCapture {
    static {
        // a larger headless screen than Monocle's default 1280x800 (the pom sets the same for every UI test)
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;

    @Start
    void start(Stage stage) {
        fixture.windowWidth = 1366;
        fixture.windowHeight = 768;
        window = fixture.open(stage, recoveryDir);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    @Test
    void capture(FxRobot robot) throws Exception {
        // one decided conflict (Yuri chosen, Yury struck through), the children conflict selected
        robot.interact(() -> window.workspace().getProject().facts().stream()
                .filter(f -> f.mentions().stream().anyMatch(m -> m.text().equals("Yury"))).findFirst()
                .ifPresent(f -> {
                    window.workspace().select(f.id());
                    f.variants().stream().filter(v -> v.display().equals("Yuri")).findFirst()
                            .ifPresent(window.decisions()::choose);
                }));
        robot.interact(() -> window.workspace().getProject().facts().stream()
                .filter(f -> f.mentions().stream().anyMatch(m -> m.text().equals("Four")))
                .findFirst().ifPresent(f -> window.workspace().select(f.id())));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.capture(window.stage().getScene().getRoot()).getImage();
        ImageFiles.writePng(image, Path.of(System.getProperty("reconcile.screenshot")));
    }

    /** The Sources tab (table and chart) after a few decisions, beside the main screenshot: "…-sources.png". */
    @Test
    void captureSources(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.workspace().getProject().facts().stream().filter(f -> f.needsDecision()).limit(4)
                    .forEach(f -> {
                        window.workspace().select(f.id());
                        window.decisions().choose(f.variants().get(0));
                    });
            robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1);
            ((javafx.scene.control.SplitPane) window.stage().getScene().lookup("#sideSplit")).setDividerPositions(0.75);
            ((javafx.scene.control.SplitPane) window.stage().getScene().lookup("#mainSplit")).setDividerPositions(0.34);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.capture(window.stage().getScene().getRoot()).getImage();
        Path main = Path.of(System.getProperty("reconcile.screenshot"));
        ImageFiles.writePng(image, main.resolveSibling(main.getFileName().toString().replace(".png", "-sources.png")));
    }
}
