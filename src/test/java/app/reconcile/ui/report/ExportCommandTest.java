package app.reconcile.ui.report;

import app.reconcile.report.ReportFormat;
import app.reconcile.ui.common.FileChooserService.ExportTarget;
import app.reconcile.ui.common.SynchronousTaskExecutor;
import app.reconcile.ui.common.UiPreferences;
import app.reconcile.ui.support.RecordingDialogs;
import app.reconcile.ui.support.ScriptedFiles;
import app.reconcile.ui.support.TestProjects;
import app.reconcile.ui.workspace.BackgroundActivity;
import app.reconcile.ui.workspace.ReportWriter;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    private static final ExportTarget TARGET = new ExportTarget(Path.of("/out/r.csv"), ReportFormat.CSV);

    private final Preferences node = Preferences.userRoot().node("reconcile-test/" + UUID.randomUUID());
    private final UiPreferences preferences = new UiPreferences(node);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> written = new ArrayList<>();
    private final List<Path> shown = new ArrayList<>();
    private ReportWriter writer = (project, format, file) -> written.add(format + " " + file);
    private WorkspaceViewModel workspace;
    private ExportCommand command;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceViewModel(new BackgroundActivity(new SynchronousTaskExecutor()));
        workspace.reset(TestProjects.small(), null);
        command = new ExportCommand(workspace, (p, f, file) -> writer.write(p, f, file), dialogs, new ScriptedFiles(),
                preferences, shown::add);
        dialogs.exportAnswer = form -> Optional.of(TARGET);
    }

    @AfterEach
    void dropPreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theDialogShowsTheProjectsCountsAndTheLastFormat() {
        preferences.setLastReportFormat(ReportFormat.TEI);
        ExportDialogModel[] offered = new ExportDialogModel[1];
        dialogs.exportAnswer = form -> {
            offered[0] = form;
            return Optional.empty();
        };

        command.exportReport();

        assertThat(offered[0].summary()).isEqualTo(ExportSummary.of(TestProjects.small()));
        assertThat(offered[0].formatProperty().get()).isEqualTo(ReportFormat.TEI);
        assertThat(offered[0].destinationProperty().get()).endsWith("reconcile-report.xml");
        assertThat(written).isEmpty();
    }

    @Test
    void aWrittenReportIsOpenedOnlyWhenTheEditorSaysSo() {
        dialogs.confirmAnswer = false;

        command.exportReport();

        assertThat(written).containsExactly("CSV " + TARGET.file());
        assertThat(shown).isEmpty();
    }

    @Test
    void aFailedWriteShowsWhyAndRemembersNothing() {
        writer = (project, format, file) -> {
            throw new IOException("disk full");
        };

        command.exportReport();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not export the report: ");
        assertThat(preferences.lastReportFormat()).isEqualTo(ReportFormat.HTML);
        assertThat(dialogs.confirmations).isEmpty();
    }
}
