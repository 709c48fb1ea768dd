package app.reconcile.cli;

import app.reconcile.io.ProjectFileException;
import app.reconcile.io.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code open PROJECT}: the GUI on a project file. A bad file still opens the window, which says in plain
 * words what is wrong (started from a file manager, nobody reads stderr); for the terminal the same one line
 * as every other command goes to stderr at once, and the exit code, once the window is closed, is 1 (bad
 * input). The GUI is reached through an injected opener, which keeps this package free of JavaFX.
 */
@Command(name = "open", description = "Open the workbench on a project file.")
public final class OpenCommand implements Callable<Integer> {

    private final ProjectFiles projectFiles;
    private final Consumer<Path> guiOpener;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", arity = "1", description = "A Reconcile project file (.json).")
    Path project;

    public OpenCommand(ProjectFiles projectFiles, Consumer<Path> guiOpener) {
        this.projectFiles = projectFiles;
        this.guiOpener = guiOpener;
    }

    @Override
    public Integer call() {
        try {
            projectFiles.load(project);
        } catch (ProjectFileException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("reconcile: " + e.getMessage());
            err.flush();
            openWindowQuietly();
            return ExitCodes.BAD_INPUT;
        }
        guiOpener.accept(project.toAbsolutePath());
        return ExitCodes.OK;
    }

    /** The window shows the problem; without a display the stderr line above is all there is. */
    private void openWindowQuietly() {
        try {
            guiOpener.accept(project.toAbsolutePath());
        } catch (RuntimeException noWindow) {
            // e.g. no display: the terminal already has the message and gets exit code 1
        }
    }
}
