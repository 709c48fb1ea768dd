package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import app.reconcile.io.ProjectDocument;
import app.reconcile.io.ProjectFileException;
import app.reconcile.io.ProjectFiles;
import app.reconcile.io.UnknownFields;

import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing project files, as the workspace needs it; production uses {@link ProjectFiles}. */
public interface ProjectStore {
    Project load(Path file) throws ProjectFileException;

    void save(Project project, Path file) throws IOException;

    /** The workspace starts a project that was not loaded (seeds, a fresh analysis): nothing to carry over. */
    default void startNew() {
    }

    /**
     * The production store. It keeps the fields of the last loaded file that this version does not know and
     * writes them back on save, so a file from a newer minor version, or with a colleague's extra fields,
     * loses nothing by being opened and saved here.
     */
    static ProjectStore of(ProjectFiles files) {
        return new ProjectStore() {
            private volatile UnknownFields carried = UnknownFields.none();

            @Override
            public Project load(Path file) throws ProjectFileException {
                ProjectDocument document = files.loadDocument(file);
                carried = document.unknownFields();
                return document.project();
            }

            @Override
            public void save(Project project, Path file) throws IOException {
                files.save(new ProjectDocument(project, carried), file);
            }

            @Override
            public void startNew() {
                carried = UnknownFields.none();
            }
        };
    }
}
