package app.reconcile;

/**
 * Entry point of {@code reconcile.jar} and {@code mvn javafx:run}. Deliberately not an
 * {@code Application}: with no arguments it starts the GUI on the seeds, with a subcommand it runs
 * headless and never touches the JavaFX toolkit (the CLI classes are loaded only on that branch).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("Launcher: CLI and GUI being wired on main");
    }
}
