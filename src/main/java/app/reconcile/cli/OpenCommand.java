package app.reconcile.cli;

import app.reconcile.io.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code open PROJECT}: the GUI on a project file. The file is validated here first, so a bad file gets the
 * same one-line message as in every other command, before any window appears. The GUI itself is reached
 * through an injected opener, which keeps this package free of JavaFX.
 */
@Command(name = "open", description = "Open the workbench on a project file.")
public final class OpenCommand implements Callable<Integer> {

    private final ProjectFiles projectFiles;
    private final Consumer<Path> guiOpener;

    @Parameters(paramLabel = "PROJECT", arity = "1", description = "A Reconcile project file (.json).")
    Path project;

    public OpenCommand(ProjectFiles projectFiles, Consumer<Path> guiOpener) {
        this.projectFiles = projectFiles;
        this.guiOpener = guiOpener;
    }

    @Override
    public Integer call() throws Exception {
        projectFiles.load(project);
        guiOpener.accept(project.toAbsolutePath());
        return ExitCodes.OK;
    }
}
