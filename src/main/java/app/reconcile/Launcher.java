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
        if ("analyze".equals(args[0])) {
            EngineWarmUp.start(new Analyzer());
        }
        int exit = new Cli(new Analyzer(), GuiEntry::open).execute(args);
        if (exit != 0 || !isGuiCommand(args)) {
            System.exit(exit);
        }
    }

    private static boolean isGuiCommand(String[] args) {
        return "open".equals(args[0]);
    }
}
