package app.reconcile.report;

import app.reconcile.core.ControlCharacters;
import app.reconcile.core.Project;
import app.reconcile.io.AtomicFileWriter;
import app.reconcile.io.WriteTarget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        // control characters are replaced once here for every format (ProjectScrub says why)
        ReportOptions clean = options.withTitle(ControlCharacters.replace(options.title()));
        return renderers.get(format).render(ReportModel.of(ProjectScrub.clean(project), clean));
    }

    /**
     * Renders and writes atomically as UTF-8 through the same {@link AtomicFileWriter} as project saves, so
     * readers never see a half-written report and only a regular file is ever replaced. On failure the target
     * is untouched and the exception's message is one line, naming {@code file} as given, that an editor can
     * act on.
     */
    public void write(Project project, ReportFormat format, Path file) throws IOException {
        WriteTarget.resolve(file);
        byte[] bytes = render(project, format).getBytes(StandardCharsets.UTF_8);
        atomicWriter.write(file, out -> out.write(bytes));
    }
}
