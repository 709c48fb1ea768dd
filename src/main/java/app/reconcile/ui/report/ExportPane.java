package app.reconcile.ui.report;

import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.ReportFormatLabels;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The body of the export dialog, bound to an {@link ExportDialogModel}; no logic of its own. */
public final class ExportPane extends GridPane {

    public ExportPane(ExportDialogModel model) {
        setId("exportPane");
        setHgap(8);
        setVgap(8);
        ComboBox<ReportFormat> format = new ComboBox<>();
        format.getItems().setAll(ReportFormat.values());
        format.setId("exportFormat");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportFormat f) {
                return f == null ? "" : ReportFormatLabels.describe(f) + " (." + f.extension() + ")";
            }

            @Override
            public ReportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(model.formatProperty());

        TextField destination = new TextField();
        destination.setId("exportDestination");
        destination.setPrefColumnCount(36);
        destination.textProperty().bindBidirectional(model.destinationProperty());
        GridPane.setHgrow(destination, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("exportBrowse");
        browse.setOnAction(e -> model.browse());

        ExportSummary s = model.summary();
        Label summary = new Label(s.describe());
        summary.setId("exportSummary");
        summary.setWrapText(true);
        Label warning = new Label(s.unresolved() == 0 ? ""
                : s.unresolved() + " conflict(s) are still open; the report will list them as unresolved.");
        warning.setId("exportWarning");
        warning.setWrapText(true);

        add(new Label("Format"), 0, 0);
        add(format, 1, 0, 2, 1);
        add(new Label("Save to"), 0, 1);
        add(destination, 1, 1);
        add(browse, 2, 1);
        add(new Label("Contents"), 0, 2);
        add(summary, 1, 2, 2, 1);
        add(warning, 1, 3, 2, 1);
    }
}
