package app.reconcile.report;

import app.reconcile.core.Project;
import app.reconcile.core.analysis.bench.HostileCorpus;
import app.reconcile.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports are written to their file as they are rendered. The golden files {@code sample-project.*} were
 * written by the exporter that still built each report whole in memory before writing it (commit 315c6a2; rewritten
 * with {@code -Dreport.updateGolden=true} once since, when report contexts began to leave out page furniture), so
 * these tests show that streaming changed no byte of the seeds' report with three decisions, and that a write
 * that fails half-way still leaves the old report as it was.
 */
class StreamedReportTest {
    private static final Path SAMPLE = Path.of("assets", "sample-project.json");

    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theStreamedFileOfTheSampleProjectIsByteForByteTheReportFormerlyBuiltInMemory(ReportFormat format)
            throws Exception {
        Path file = dir.resolve("report." + format.extension());

        exporter.write(sample(), format, file);
        if (Boolean.getBoolean("report.updateGolden")) {
            // the same switch as ReportGoldenTest's, for a deliberate change of the report's content
            Files.copy(file, GoldenFiles.DIR.resolve("sample-project." + format.extension()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(golden(format));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theRenderedTextOfTheSampleProjectIsTheStreamedFile(ReportFormat format) throws Exception {
        Path file = dir.resolve("report." + format.extension());
        Project project = sample();

        exporter.write(project, format, file);

        assertThat(exporter.render(project, format).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllBytes(file));
    }

    /** A chunk of one character hands the text over at every point where a renderer may, not only every 64 K. */
    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "MD", "CSV"})
    void handingTheTextOverAtEveryPartStillWritesTheFormerBytes(ReportFormat format) throws Exception {
        Path file = dir.resolve("report." + format.extension());
        ReportRenderer tiny = tinyChunks(format).apply(1);
        int[] pieces = {0};

        exporter.write(model(sample()), (model, out) -> tiny.render(model, counting(out, pieces)), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(golden(format));
        assertThat(pieces[0]).as("pieces handed to the writer").isGreaterThan(40);
    }

    @Test
    void aWriteThatFailsHalfWayThroughALargeReportLeavesTheOldReportAndNoTempFile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.html"), "the old report");
        ReportModel large = model(new HostileCorpus(11).project(
                List.of(ReportFixtures.A1.text(), ReportFixtures.A2.text(), ReportFixtures.A3.text()), 40, 80, 600));
        long[] onDisk = {0};
        ReportRenderer failing = (model, out) -> new HtmlReport().render(model,
                failingAfter(out, 4 * ChunkedOutput.CHUNK, () -> onDisk[0] = tempFileBytes(file)));

        assertThatThrownBy(() -> exporter.write(large, failing, file))
                .isInstanceOf(IOException.class).hasMessage(file + ": No space left on device");

        assertThat(onDisk[0]).as("bytes of the new report already in the temp file").isGreaterThan(ChunkedOutput.CHUNK);
        assertThat(file).hasContent("the old report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static Project sample() throws Exception {
        return new ProjectFiles().load(SAMPLE);
    }

    /** The model exactly as the exporter makes it (the fixture title has no control character to replace). */
    private static ReportModel model(Project project) {
        return ReportModel.of(ProjectScrub.clean(project), ReportFixtures.options());
    }

    private static byte[] golden(ReportFormat format) throws IOException {
        return Files.readAllBytes(GoldenFiles.DIR.resolve("sample-project." + format.extension()));
    }

    private static IntFunction<ReportRenderer> tinyChunks(ReportFormat format) {
        return switch (format) {
            case HTML -> HtmlReport::new;
            case MD -> MarkdownReport::new;
            case CSV -> CsvReport::new;
            default -> throw new IllegalArgumentException(format + " has no chunks of its own");
        };
    }

    private static Writer counting(Writer out, int[] pieces) {
        return new FilterWriter(out) {
            @Override
            public void write(String s, int off, int len) throws IOException {
                pieces[0]++;
                super.write(s, off, len);
            }
        };
    }

    private interface Probe {
        void run() throws IOException;
    }

    /** Passes {@code limit} characters on, then fails as a full disk would, after running {@code beforeFailing}. */
    private static Writer failingAfter(Writer out, int limit, Probe beforeFailing) {
        return new FilterWriter(out) {
            private long written;

            @Override
            public void write(String s, int off, int len) throws IOException {
                if (written + len > limit) {
                    beforeFailing.run();
                    throw new IOException("No space left on device");
                }
                written += len;
                super.write(s, off, len);
            }
        };
    }

    private long tempFileBytes(Path report) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long bytes = 0;
            for (Path p : files.filter(p -> !p.equals(report)).toList()) {
                bytes += Files.size(p);
            }
            return bytes;
        }
    }
}
