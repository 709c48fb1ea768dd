package app.reconcile.report;

import app.reconcile.core.ControlCharacters;
import app.reconcile.core.Project;
import app.reconcile.io.AtomicFileWriter;
import app.reconcile.io.WriteTarget;

import java.io.IOException;
import java.io.Writer;
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
        ReportModel model = model(project);
        return renderer(format).render(model);
    }

    /** Writes the report to {@code out} as it is rendered (the CLI's stdout); {@code out} is not closed. */
    public void render(Project project, ReportFormat format, Writer out) throws IOException {
        ReportModel model = model(project);
        renderer(format).render(model, out);
    }

    /**
     * Renders and writes atomically as UTF-8 through the same {@link AtomicFileWriter} as project saves, so
     * readers never see a half-written report and only a regular file is ever replaced. The report goes to the
     * temp file as it is rendered, never whole in memory: that of 50,000 facts is some 40 MB of UTF-8 and was
     * held three times over (builder, string, bytes). On failure, even half-way, the target is untouched, no
     * temp file is left and the exception's message is one line, naming {@code file} as given, that an editor
     * can act on.
     */
    public void write(Project project, ReportFormat format, Path file) throws IOException {
        // refused before the model is built: a bad path must cost nothing
        WriteTarget.resolve(file);
        ReportModel model = model(project);
        write(model, renderer(format), file);
    }

    /** The streaming step on its own, so that a test can make the renderer fail half-way. */
    void write(ReportModel model, ReportRenderer renderer, Path file) throws IOException {
        atomicWriter.writeText(file, out -> renderer.render(model, out));
    }

    private ReportRenderer renderer(ReportFormat format) {
        return renderers.get(Objects.requireNonNull(format, "format"));
    }

    private ReportModel model(Project project) {
        Objects.requireNonNull(project, "project");
        // control characters are replaced once here for every format (ProjectScrub says why)
        ReportOptions clean = options.withTitle(ControlCharacters.replace(options.title()));
        return ReportModel.of(ProjectScrub.clean(project), clean);
    }
}
