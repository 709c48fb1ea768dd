package app.reconcile.ui;

import app.reconcile.report.ReportExporter;
import app.reconcile.report.ReportFormat;
import app.reconcile.ui.support.UiFixture;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** On a first start (no remembered author) the first decision asks for the editor's name, once; the report uses it. */
@ExtendWith(ApplicationExtension.class)
class AuthorAskedOnceWindowTest {
    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        fixture.authorName = null;
        fixture.dialogs.textAnswer = "Dana Reyes";
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    @Test
    void theFirstDecisionAsksForTheAuthorOnceAndTheReportIsSignedWithIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT1);

        assertThat(fixture.dialogs.textQuestions).singleElement().asString().startsWith("Your name");
        assertThat(fixture.preferences().authorName()).isEqualTo("Dana Reyes");
        Path report = dir.resolve("r.html");
        new ReportExporter().write(window.workspace().getProject(), ReportFormat.HTML, report);
        Document doc = Jsoup.parse(report.toFile(), StandardCharsets.UTF_8.name());
        assertThat(doc.select(".decided").eachText()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("Decided by Dana Reyes on"))
                .noneMatch(line -> line.contains(" " + System.getProperty("user.name") + " "));
    }
}
