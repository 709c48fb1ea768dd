package app.reconcile;

import app.reconcile.cli.Cli;
import app.reconcile.cli.EngineWarmUp;
import app.reconcile.core.analysis.Analyzer;

/**
 * Entry point of {@code reconcile.jar} and {@code mvn javafx:run}. Deliberately not an
 * {@code Application}, so the app runs from a plain classpath: with no arguments it opens the workbench
 * on the seed articles; with a subcommand it runs headless and never touches the JavaFX toolkit (the UI
 * classes are only loaded on the GUI branches below). Every command runs in this one JVM, so stopping the
 * process, even with {@code kill -9}, stops the work (docs/decisions/0009).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiEntry.open(null);
            return;
        }
        java.util.Optional<java.nio.file.Path> opened = projectToOpen(args);
        if (opened.isPresent()) {
            GuiEntry.open(opened.get()); // the window says what is wrong with the file, if anything
            return;
        }
        if ("analyze".equals(args[0])) {
            EngineWarmUp.start(new Analyzer());
        }
        int exit = new Cli(new Analyzer(), GuiEntry::open).execute(args);
        if (exit != 0 || !isGuiCommand(args)) {
            System.exit(exit);
        }
    }

    /**
     * A lone project file, as a file manager passes it to the desktop entry ({@code Reconcile %f}): the
     * workbench opens on it. Any other first argument is a subcommand or an option for the command line.
     */
    static java.util.Optional<java.nio.file.Path> projectToOpen(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")
                || !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.nio.file.Path.of(args[0]).toAbsolutePath());
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean isGuiCommand(String[] args) {
        return "open".equals(args[0]);
    }
}
