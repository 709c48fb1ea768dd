package app.reconcile.report;

import app.reconcile.core.Project;
import app.reconcile.io.AtomicFileWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a project's decisions as a reconciled report in one of the {@link ReportFormat}s. The project is
 * turned into one {@link ReportModel} and each format only lays it out, so all formats agree.
 */
public final class ReportExporter {
    private final ReportOptions options;
    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);
    private final AtomicFileWriter atomicWriter = new AtomicFileWriter();

    /** Default title, timestamped with the system clock. */
    public ReportExporter() {
        this(ReportOptions.defaults());
    }

    public ReportExporter(ReportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        renderers.put(ReportFormat.HTML, new HtmlReport());
        renderers.put(ReportFormat.MD, new MarkdownReport());
        renderers.put(ReportFormat.CSV, new CsvReport());
        renderers.put(ReportFormat.JSON, new JsonReport());
        renderers.put(ReportFormat.TEI, new TeiReport());
    }

    public String render(Project project, ReportFormat format) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(format, "format");
        return renderers.get(format).render(ReportModel.of(project, options));
    }

    /**
     * Renders and writes atomically as UTF-8 through the same {@link AtomicFileWriter} as project saves, so
     * readers never see a half-written report. On failure the target is untouched and the exception's
     * message is one line an editor can act on.
     */
    public void write(Project project, ReportFormat format, Path file) throws IOException {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(format, "format");
        ReportModel model = ReportModel.of(project, options);
        ReportRenderer renderer = renderers.get(format);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "cannot write the report: no such folder");
        }
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "cannot write the report: this is a folder");
        }
        try {
            // written as it is rendered, not held whole as text and again as bytes (a large project's report
            // runs to tens of megabytes)
            atomicWriter.write(target, out -> {
                Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                renderer.render(model, text);
                text.flush();
            });
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, "cannot write the report: permission denied");
        }
    }
}
