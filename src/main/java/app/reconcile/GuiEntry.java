package app.reconcile;

import app.reconcile.ui.ReconcileApp;

import java.nio.file.Path;

/**
 * The only bridge from the launcher to JavaFX, kept in its own class so that headless commands never
 * load it (and so never load the toolkit).
 */
final class GuiEntry {
    private GuiEntry() {
    }

    static void open(Path projectOrNull) {
        ReconcileApp.launchGui(projectOrNull);
    }
}
