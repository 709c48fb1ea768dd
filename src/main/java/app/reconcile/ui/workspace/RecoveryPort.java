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
        public void discard(Recovered recovered) {
        }

        @Override
        public void discardFor(Path projectFileOrNull) {
        }
    };

    /** Autosaves {@code project}, which belongs to {@code projectFileOrNull} (null: untitled). */
    void write(Project project, Path projectFileOrNull) throws IOException;

    /** The newest autosave that is newer than its project file, if any. */
    Optional<Recovered> find();

    /** The editor declined to restore it. */
    void discard(Recovered recovered) throws IOException;

    /** The project was saved: its autosave is obsolete. */
    void discardFor(Path projectFileOrNull) throws IOException;

    /**
     * A recovered session.
     *
     * @param project      the autosaved project
     * @param projectFile  the file it belongs to, null when untitled
     * @param savedAt      when it was autosaved
     * @param recoveryFile where the autosave lies
     */
    record Recovered(Project project, Path projectFile, Instant savedAt, Path recoveryFile) {
    }
}
