package app.reconcile.io;

import app.reconcile.core.Project;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes the JSON project file (format documented in docs/project-format.md). */
public final class ProjectFiles {

    /** Parses and validates a project file; nothing on disk changes. */
    public Project load(Path file) throws ProjectFileException {
        throw new UnsupportedOperationException("ProjectFiles.load: being built on branch io");
    }

    /** Writes atomically: a temp file beside the target, flushed, then renamed over it. */
    public void save(Project project, Path file) throws IOException {
        throw new UnsupportedOperationException("ProjectFiles.save: being built on branch io");
    }
}
