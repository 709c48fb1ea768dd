package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import app.reconcile.io.ProjectFileException;
import app.reconcile.io.ProjectFiles;

import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing project files, as the workspace needs it; production uses {@link ProjectFiles}. */
public interface ProjectStore {
    Project load(Path file) throws ProjectFileException;

    void save(Project project, Path file) throws IOException;

    static ProjectStore of(ProjectFiles files) {
        return new ProjectStore() {
            @Override
            public Project load(Path file) throws ProjectFileException {
                return files.load(file);
            }

            @Override
            public void save(Project project, Path file) throws IOException {
                files.save(project, file);
            }
        };
    }
}
