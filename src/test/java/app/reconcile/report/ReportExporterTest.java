package app.reconcile.report;

import app.reconcile.core.Project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportExporterTest {
    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    @TempDir
    Path dir;

    @Test
    void writesExactlyTheRenderedTextAsUtf8() throws IOException {
        Path file = dir.resolve("report.md");

        exporter.write(ReportFixtures.project(), ReportFormat.MD, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(exporter.render(ReportFixtures.project(), ReportFormat.MD));
    }

    @Test
    void aLargeHtmlReportIsWrittenAsItIsRenderedAndReadsTheSameAsTheRenderedText() throws IOException {
        Project large = new app.reconcile.core.analysis.bench.HostileCorpus(11).project(
                List.of(ReportFixtures.A1.text(), ReportFixtures.A2.text(), ReportFixtures.A3.text()), 40, 80, 600);
        Path file = dir.resolve("large.html");

        exporter.write(large, ReportFormat.HTML, file);

        String rendered = exporter.render(large, ReportFormat.HTML);
        assertThat(rendered.length()).isGreaterThan(4 * ChunkedOutput.CHUNK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(rendered);
    }

    @Test
    void replacesAnExistingReportAndLeavesNoTempFileBehind() throws IOException {
        Path file = dir.resolve("report.csv");
        Files.writeString(file, "old");

        exporter.write(ReportFixtures.project(), ReportFormat.CSV, file);

        assertThat(Files.readString(file)).startsWith("fact_id,");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writtenReportHasTheUsualPermissionsNotThoseOfATempFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path file = dir.resolve("report.html");

        exporter.write(ReportFixtures.project(), ReportFormat.HTML, file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void missingFolderFailsWithAClearMessageAndCreatesNothing() {
        Path file = dir.resolve("no-such-folder").resolve("report.html");

        assertThatThrownBy(() -> exporter.write(ReportFixtures.project(), ReportFormat.HTML, file))
                .isInstanceOf(IOException.class).hasMessageContaining("no such folder");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void targetThatIsAFolderFailsWithAClearMessageAndLeavesTheFolderAlone() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("report.html"));

        assertThatThrownBy(() -> exporter.write(ReportFixtures.project(), ReportFormat.HTML, folder))
                .isInstanceOf(IOException.class).hasMessageContaining("this is a folder");
        assertThat(folder).isDirectory();
    }

    @Test
    void readOnlyFolderFailsWithAClearMessageAndKeepsTheOldReport() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("report.csv"), "old");
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(dir), "running as a user who can write anyway (root)");

            assertThatThrownBy(() -> exporter.write(ReportFixtures.project(), ReportFormat.CSV, file))
                    .isInstanceOf(IOException.class).hasMessageContaining("permission denied");
            assertThat(Files.readString(file)).isEqualTo("old");
        } finally {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            html,     HTML
            Markdown, MD
            md,       MD
            ' CSV ',  CSV
            json,     JSON
            tei,      TEI
            xml,      TEI
            """)
    void parsesFormatNamesAsTypedOnTheCommandLine(String name, ReportFormat expected) {
        assertThat(ReportFormat.parse(name)).isEqualTo(expected);
    }

    @Test
    void unknownFormatNameGivesAOneLineMessageListingTheFormats() {
        assertThatThrownBy(() -> ReportFormat.parse("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf' (use html, md, csv, json or tei)");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void rendersAnEmptyProjectInEveryFormat(ReportFormat format) {
        assertThat(exporter.render(Project.empty(), format)).isNotBlank();
    }

    @Test
    void generationTimeComesFromTheInjectedClock() {
        assertThat(exporter.render(ReportFixtures.project(), ReportFormat.JSON))
                .contains("\"generatedAt\" : \"2026-11-22T21:00:00Z\"");
    }
}
