package app.reconcile.ui.report;

import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.FileChooserService.ExportTarget;
import app.reconcile.ui.support.ScriptedFiles;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The export form as the editor sees it: summary shown, fields bound to the model, Browse asks for a file. */
@ExtendWith(ApplicationExtension.class)
class ExportPaneTest {
    private final ScriptedFiles files = new ScriptedFiles();
    private final ExportDialogModel model = new ExportDialogModel(new ExportSummary(5, 40, 9, 2, 1, 6),
            ReportFormat.HTML, Path.of("/out/report.html"), files);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ExportPane(model)));
        stage.show();
    }

    @Test
    void showsWhatTheReportWillContainAndWarnsAboutOpenConflicts(FxRobot robot) {
        assertThat(robot.lookup("#exportSummary").queryLabeled().getText())
                .isEqualTo("5 articles · 40 facts · 9 conflicts · 2 resolved · 1 dismissed · 6 unresolved");
        assertThat(robot.lookup("#exportWarning").queryLabeled().getText()).startsWith("6 conflict(s) are still open");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pickingAFormatChangesTheDestinationsExtension(FxRobot robot) {
        ComboBox<ReportFormat> format = robot.lookup("#exportFormat").queryAs(ComboBox.class);

        robot.interact(() -> format.getSelectionModel().select(ReportFormat.TEI));

        assertThat(robot.lookup("#exportDestination").queryTextInputControl().getText())
                .isEqualTo(Path.of("/out/report.xml").toString());
        assertThat(model.target()).contains(new ExportTarget(Path.of("/out/report.xml"), ReportFormat.TEI));
    }

    @Test
    void browseFillsInTheChosenFile(FxRobot robot) {
        files.exportTarget = new ExportTarget(Path.of("/elsewhere/facts.csv"), ReportFormat.CSV);

        robot.clickOn("#exportBrowse");

        assertThat(robot.lookup("#exportDestination").queryTextInputControl().getText())
                .isEqualTo(Path.of("/elsewhere/facts.csv").toString());
        assertThat(model.formatProperty().get()).isEqualTo(ReportFormat.CSV);
    }
}
