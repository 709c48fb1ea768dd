package app.reconcile.ui;

import app.reconcile.core.Project;
import app.reconcile.io.ProjectFileException;
import app.reconcile.io.RecoveryCandidate;
import app.reconcile.io.RecoveryStore;
import app.reconcile.ui.workspace.RecoveryPort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** {@link RecoveryPort} on io's {@link RecoveryStore}; an unreadable autosave counts as none. */
final class RecoveryStorePort implements RecoveryPort {
    private final RecoveryStore store;

    RecoveryStorePort(RecoveryStore store) {
        this.store = store;
    }

    @Override
    public void write(Project project, Path projectFileOrNull) throws IOException {
        store.write(project, projectFileOrNull);
    }

    @Override
    public Optional<Recovered> find() {
        try {
            Optional<RecoveryCandidate> found = store.find();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            RecoveryCandidate candidate = found.get();
            Project project = store.restore(candidate).project();
            return Optional.of(new Recovered(project, candidate.originalProject(), candidate.savedAt(),
                    candidate.recoveryFile()));
        } catch (IOException | ProjectFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void discard(Recovered recovered) throws IOException {
        store.discard(new RecoveryCandidate(recovered.recoveryFile(), recovered.projectFile(), recovered.savedAt()));
    }

    @Override
    public void discardFor(Path projectFileOrNull) throws IOException {
        store.discard(projectFileOrNull);
    }
}
