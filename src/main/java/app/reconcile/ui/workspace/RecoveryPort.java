package app.reconcile.ui.workspace;

import app.reconcile.core.Project;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The autosave file that lets the editor get unsaved work back after a crash. */
public interface RecoveryPort {
    RecoveryPort NONE = new RecoveryPort() {
        @Override
        public void write(Project project, Path projectFileOrNull) {
        }

        @Override
        public Optional<Recovered> find() {
            return Optional.empty();
        }

        @Override
        public void discard() {
        }
    };

    void write(Project project, Path projectFileOrNull) throws IOException;

    Optional<Recovered> find();

    void discard();

    /** A recovered session: the project, the file it belonged to (null when untitled) and when it was written. */
    record Recovered(Project project, Path projectFile, Instant savedAt) {
    }
}
