package app.reconcile.ui.support;

import app.reconcile.core.Project;
import app.reconcile.io.ProjectFileException;
import app.reconcile.ui.workspace.ProjectStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Project files kept in memory; an unknown path reads as a broken file. */
public final class MemoryProjectStore implements ProjectStore {
    public final Map<Path, Project> files = new HashMap<>();
    public boolean failSaves;

    @Override
    public Project load(Path file) throws ProjectFileException {
        Project project = files.get(file);
        if (project == null) {
            throw new ProjectFileException(file.getFileName() + " is not a Reconcile project");
        }
        return project;
    }

    @Override
    public void save(Project project, Path file) throws IOException {
        if (failSaves) {
            throw new IOException("disk full");
        }
        files.put(file, project);
    }
}
