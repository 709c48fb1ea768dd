package app.reconcile.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An autosaved state the application can offer to restore after a crash.
 *
 * @param recoveryFile    where the autosave is
 * @param originalProject the project file it belongs to, or null for a project never saved
 * @param savedAt         when it was autosaved
 */
public record RecoveryCandidate(Path recoveryFile, Path originalProject, Instant savedAt) {
    public RecoveryCandidate {
        Objects.requireNonNull(recoveryFile, "recoveryFile");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public Optional<Path> original() {
        return Optional.ofNullable(originalProject);
    }
}
