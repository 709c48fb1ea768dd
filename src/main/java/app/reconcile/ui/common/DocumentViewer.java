package app.reconcile.ui.common;

import java.nio.file.Path;

/**
 * Opens a written file in the system's browser or viewer. Production wraps {@code HostServices.showDocument};
 * tests record the request, so a test run never opens anything on the desktop.
 */
@FunctionalInterface
public interface DocumentViewer {
    DocumentViewer NONE = file -> { };

    void show(Path file);
}
