package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo as stacks of whole {@link Project} snapshots: projects are immutable and share their
 * unchanged parts, so a snapshot is cheap and restoring one is always exactly right.
 */
final class UndoHistory {
    private static final int LIMIT = 200;

    private final Deque<Project> undo = new ArrayDeque<>();
    private final Deque<Project> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Remembers the state before an edit; a new edit makes the redo stack meaningless. */
    void recordBefore(Project before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    Optional<Project> undo(Project current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        Project previous = undo.pop();
        refresh();
        return Optional.of(previous);
    }

    Optional<Project> redo(Project current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        Project next = redo.pop();
        refresh();
        return Optional.of(next);
    }

    void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
