package app.reconcile.ui.report;

import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.FileChooserService.ExportTarget;
import app.reconcile.ui.support.ScriptedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportDialogModelTest {
    private static final ExportSummary SUMMARY = new ExportSummary(3, 3, 2, 0, 0, 2);
    private final ScriptedFiles files = new ScriptedFiles();

    private ExportDialogModel model(ReportFormat format, String file) {
        return new ExportDialogModel(SUMMARY, format, Path.of(file), files);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            HTML, /out/r.html, MD,   /out/r.md
            HTML, /out/r.html, TEI,  /out/r.xml
            CSV,  /out/r.csv,  JSON, /out/r.json
            HTML, /out/notes,  CSV,  /out/notes
            """)
    void changingTheFormatChangesTheFileExtension(ReportFormat from, String file, ReportFormat to, String expected) {
        ExportDialogModel model = model(from, file);

        model.formatProperty().set(to);

        assertThat(model.destinationProperty().get()).isEqualTo(Path.of(expected).toString());
    }

    @Test
    void theTargetAlwaysCarriesTheFormatsExtension() {
        ExportDialogModel model = model(ReportFormat.MD, "/out/notes");

        assertThat(model.target()).contains(new ExportTarget(Path.of("/out/notes.md"), ReportFormat.MD));
    }

    @Test
    void aBlankDestinationIsNotComplete() {
        ExportDialogModel model = model(ReportFormat.HTML, "/out/r.html");

        model.destinationProperty().set("  ");

        assertThat(model.completeProperty().get()).isFalse();
        assertThat(model.target()).isEmpty();
    }

    @Test
    void browseTakesTheChosenFileAndItsFormat() {
        ExportDialogModel model = model(ReportFormat.HTML, "/out/r.html");
        files.exportTarget = new ExportTarget(Path.of("/elsewhere/x.csv"), ReportFormat.CSV);

        model.browse();

        assertThat(model.formatProperty().get()).isEqualTo(ReportFormat.CSV);
        assertThat(model.destinationProperty().get()).isEqualTo(Path.of("/elsewhere/x.csv").toString());
    }

    @Test
    void cancellingBrowseKeepsTheDestination() {
        ExportDialogModel model = model(ReportFormat.HTML, "/out/r.html");

        model.browse();

        assertThat(model.destinationProperty().get()).isEqualTo(Path.of("/out/r.html").toString());
    }
}
