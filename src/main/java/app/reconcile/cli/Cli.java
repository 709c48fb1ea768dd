package app.reconcile.cli;

import app.reconcile.core.analysis.FactFinder;
import app.reconcile.io.ArticleImportException;
import app.reconcile.io.ArticleImporter;
import app.reconcile.io.ProjectFileException;
import app.reconcile.io.ProjectFiles;
import app.reconcile.io.WebArticleFetcher;
import app.reconcile.report.ReportExporter;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Composition root of the headless commands: builds the picocli command tree from real collaborators and
 * turns every failure into one clear line on stderr and a non-zero exit code, never a stack trace.
 */
public final class Cli {

    private final CommandLine commandLine;

    public Cli(FactFinder finder, Consumer<Path> guiOpener) {
        ProjectFiles projectFiles = new ProjectFiles();
        ArticleImporter importer = new ArticleImporter();
        commandLine = new CommandLine(new ReconcileCommand())
                .addSubcommand(new AnalyzeCommand(importer, new WebArticleFetcher(), finder, projectFiles))
                .addSubcommand(new ExportCommand(projectFiles, ReportExporter::new))
                .addSubcommand(new OpenCommand(projectFiles, guiOpener))
                .addSubcommand(new BenchCommand())
                .setParameterExceptionHandler(Cli::reportUsageError)
                .setExecutionExceptionHandler(Cli::reportFailure);
    }

    public CommandLine commandLine() {
        return commandLine;
    }

    public int execute(String... args) {
        return commandLine.execute(args);
    }

    /**
     * As picocli's own handler (the message, then suggestions or the usage help), but the message echoes the
     * command line, which may hold anything (an unknown option that is an escape sequence): it is printed as
     * one safe line.
     */
    private static int reportUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(Terminal.line(e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cmd.usage(err);
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println(Terminal.line("reconcile: " + describe(e)));
        if (System.getenv("RECONCILE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return isBadInput(e) ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof ProjectFileException || e instanceof ArticleImportException || e instanceof IOException;
    }

    /** File-system exceptions carry only a path as their message; say what happened to it. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException nf) {
            return "no such file: " + nf.getFile();
        }
        if (e instanceof AccessDeniedException ad) {
            return "permission denied: " + ad.getFile();
        }
        if (e instanceof FileSystemException fs) {
            return "cannot write " + fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason());
        }
        if (e instanceof ProjectFileException || e instanceof ArticleImportException || e instanceof IOException) {
            return e.getMessage();
        }
        return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + " - please report it; set RECONCILE_DEBUG=1 for details";
    }
}
