package app.reconcile.ui;

import app.reconcile.ui.support.UiFixture;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window started on a corrupt project file (as {@code reconcile open corrupt.json} from a file manager
 * does): it shows, naming the file, what is wrong in plain words, with the parser's words behind Details.
 */
@ExtendWith(ApplicationExtension.class)
class CorruptProjectWindowTest {
    private static final String TRUNCATED = "{\"format\": \"reconcile-project\", \"articles\": [ {\"id\": \"a1\"";
    private static final String BROKEN = "{\"format\": \"reconcile-project\", \"articles\": [ {\"id\": \"a1\", }]}";

    private final UiFixture fixture = new UiFixture();
    private MainWindow window;

    @TempDir
    static Path recoveryDir;
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage, recoveryDir);
    }

    @AfterEach
    void tearDown() {
        fixture.dispose();
    }

    private static Path write(String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTruncatedProjectIsReportedInPlainWordsNamingTheFileWithTheParserDetailsApart(FxRobot robot) {
        Path file = write("corrupt.json", TRUNCATED);

        robot.interact(() -> window.commands().open(file));

        assertThat(fixture.dialogs.errors).singleElement().asString()
                .startsWith("Could not open corrupt.json: The project file corrupt.json is incomplete")
                .doesNotContainIgnoringCase("end-of-input").doesNotContain("JSON", "Object entries", "column");
        assertThat(fixture.dialogs.errorDetails).singleElement().asString().contains("end-of-input");
    }

    @Test
    void aDamagedProjectIsReportedWithoutParserJargon(FxRobot robot) {
        Path file = write("broken.json", BROKEN);

        robot.interact(() -> window.commands().open(file));

        assertThat(fixture.dialogs.errors).singleElement().asString()
                .startsWith("Could not open broken.json: The project file broken.json is damaged near line 1")
                .doesNotContain("Unexpected", "code 125", "double-quote", "JSON");
        assertThat(fixture.dialogs.errorDetails).singleElement().asString().contains("Unexpected character");
    }

    @Test
    void theRealErrorDialogKeepsTheTechnicalDetailBehindTheDetailsExpander(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> alert.set(new FxDialogService(() -> window.stage())
                .errorWithDetails("Could not open corrupt.json", "The project file corrupt.json is incomplete.",
                        "JsonEOFException: Unexpected end-of-input")));

        assertThat(alert.get().getContentText()).isEqualTo("The project file corrupt.json is incomplete.");
        assertThat(alert.get().getDialogPane().isExpanded()).isFalse();
        assertThat(((TextArea) alert.get().getDialogPane().getExpandableContent()).getText())
                .isEqualTo("JsonEOFException: Unexpected end-of-input");
    }
}
