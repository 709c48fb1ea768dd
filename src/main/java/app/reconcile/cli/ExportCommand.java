package app.reconcile.cli;

import app.reconcile.core.Project;
import app.reconcile.io.ProjectFiles;
import app.reconcile.io.WriteTarget;
import app.reconcile.report.ReportExporter;
import app.reconcile.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code export --format F [--out FILE] PROJECT}: the reconciled report. */
@Command(name = "export", description = "Write the reconciled report of a project file (to stdout without --out).")
public final class ExportCommand implements Callable<Integer> {

    private final ProjectFiles projectFiles;
    /** Built on first use: {@code analyze} and {@code bench} never load the report renderers. */
    private final Supplier<ReportExporter> exporter;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            converter = ReportFormatConverter.class,
            description = "html, md, csv, json or tei.")
    ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Report file to write (atomically).")
    Path out;

    @Parameters(paramLabel = "PROJECT", arity = "1", description = "A Reconcile project file (.json).")
    Path project;

    public ExportCommand(ProjectFiles projectFiles, Supplier<ReportExporter> exporter) {
        this.projectFiles = projectFiles;
        this.exporter = exporter;
    }

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            // before the project is even read: a refused --out must cost nothing and change nothing
            WriteTarget.resolve(out);
            WriteTarget.requireNotAnInput(out, List.of(project));
        }
        Project loaded = projectFiles.load(project);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            // as it is rendered, like a report written to a file: a large one is never held whole
            exporter.get().render(loaded, format, stdout);
            stdout.flush();
        } else {
            exporter.get().write(loaded, format, out);
            spec.commandLine().getErr().println(Terminal.line("reconcile: "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " report -> " + out));
        }
        return ExitCodes.OK;
    }
}
