package app.reconcile.ui.report;

import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.FileChooserService.ExportTarget;
import app.reconcile.ui.support.ScriptedFiles;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The real export dialog, shown without blocking: Export is only possible with a destination. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private final ExportDialogModel model = new ExportDialogModel(new ExportSummary(1, 2, 1, 0, 0, 1),
            ReportFormat.HTML, Path.of("/out/report.html"), new ScriptedFiles());
    private Dialog<ExportTarget> dialog;

    @Start
    void start(Stage stage) {
        dialog = ExportDialog.create(null, model);
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.close());
    }

    @Test
    void exportAnswersWithTheFormAsFilledIn(FxRobot robot) {
        robot.interact(() -> model.formatProperty().set(ReportFormat.JSON));

        robot.clickOn("#exportConfirm");

        assertThat(dialog.getResult()).isEqualTo(new ExportTarget(Path.of("/out/report.json"), ReportFormat.JSON));
    }

    @Test
    void exportIsDisabledWithoutADestination(FxRobot robot) {
        robot.interact(() -> robot.lookup("#exportDestination").queryTextInputControl().clear());

        assertThat(robot.lookup("#exportConfirm").query().isDisabled()).isTrue();
    }
}
