package app.reconcile.ui.workspace;

import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The state every feature view binds to: the current {@link Project} (immutable; each edit replaces it),
 * the file it belongs to, whether it has unsaved changes, the selected fact and the list filter. Every
 * edit goes through {@link #edit} so it is undoable and marks the project dirty.
 */
public final class WorkspaceViewModel {
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(Project.empty());
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper selectedFactId = new ReadOnlyStringWrapper();
    private final ObjectBinding<Fact> selectedFact;
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty conflictsOnly = new SimpleBooleanProperty(false);
    private final StringBinding title;
    private final UndoHistory history = new UndoHistory();
    private final BackgroundActivity activity;
    private Project savedProject = Project.empty();
    /** The facts in the order the editor sees them (the filtered list); Alt+Down/Up walk this order. */
    private Supplier<List<Fact>> navigationOrder = () -> project.get().facts();

    public WorkspaceViewModel(BackgroundActivity activity) {
        this.activity = activity;
        selectedFact = Bindings.createObjectBinding(
                () -> selectedFactId.get() == null ? null : project.get().fact(selectedFactId.get()).orElse(null),
                project, selectedFactId);
        title = Bindings.createStringBinding(
                () -> "Reconcile — " + documentName() + (dirty.get() ? " *" : ""), projectFile, dirty);
    }

    /** Starts over on {@code loaded} (opened, or analysed seeds): no history, nothing unsaved. */
    public void reset(Project loaded, Path file) {
        history.clear();
        savedProject = loaded;
        projectFile.set(file);
        selectedFactId.set(null);
        setProject(loaded);
        selectFirstConflictIfNothingSelected();
    }

    /** An undoable change of the project. */
    public void edit(UnaryOperator<Project> change) {
        Project before = project.get();
        Project after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.recordBefore(before);
        setProject(after);
    }

    /** Restores a recovered session: it differs from what is on disk, so it is dirty. */
    public void restore(Project recovered, Path file) {
        reset(recovered, file);
        savedProject = null;
        refreshDirty();
    }

    /** The project {@code snapshot} is now on disk at {@code file}. */
    public void markSaved(Project snapshot, Path file) {
        savedProject = snapshot;
        projectFile.set(file);
        refreshDirty();
    }

    public void undo() {
        history.undo(project.get()).ifPresent(this::setProject);
    }

    public void redo() {
        history.redo(project.get()).ifPresent(this::setProject);
    }

    public void select(String factId) {
        selectedFactId.set(factId);
    }

    /** Alt+Down: the next conflict nobody has decided, after the selected fact in list order, wrapping. */
    public boolean selectNextUnresolved() {
        return stepToUnresolved(1);
    }

    public boolean selectPreviousUnresolved() {
        return stepToUnresolved(-1);
    }

    /**
     * Makes Alt+Down/Up follow {@code order}: the fact list registers its filtered, sorted rows, so navigation
     * never lands on a fact the list does not show.
     */
    public void setNavigationOrder(Supplier<List<Fact>> order) {
        this.navigationOrder = Objects.requireNonNull(order);
    }

    public Project getProject() {
        return project.get();
    }

    public Optional<Fact> getSelectedFact() {
        return Optional.ofNullable(selectedFact.get());
    }

    public Path getProjectFile() {
        return projectFile.get();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The file name, or "Untitled" before the first save. */
    public String documentName() {
        Path file = projectFile.get();
        return file == null ? "Untitled" : file.getFileName().toString();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedFactIdProperty() {
        return selectedFactId.getReadOnlyProperty();
    }

    public ObjectBinding<Fact> selectedFactProperty() {
        return selectedFact;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty conflictsOnlyProperty() {
        return conflictsOnly;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public BackgroundActivity activity() {
        return activity;
    }

    private void setProject(Project next) {
        project.set(next);
        refreshDirty();
        if (selectedFactId.get() != null && next.fact(selectedFactId.get()).isEmpty()) {
            selectedFactId.set(null);
        }
    }

    private void refreshDirty() {
        dirty.set(!Objects.equals(project.get(), savedProject));
    }

    private void selectFirstConflictIfNothingSelected() {
        if (selectedFactId.get() == null) {
            project.get().facts().stream().filter(Fact::needsDecision).findFirst()
                    .ifPresent(f -> selectedFactId.set(f.id()));
        }
    }

    private boolean stepToUnresolved(int direction) {
        List<Fact> facts = navigationOrder.get();
        int n = facts.size();
        int from = indexOfSelected(facts);
        for (int step = 1; step <= n; step++) {
            int start = from < 0 ? (direction > 0 ? -1 : n) : from;
            Fact candidate = facts.get(Math.floorMod(start + direction * step, n));
            if (candidate.needsDecision() && (from < 0 || !candidate.id().equals(facts.get(from).id()))) {
                selectedFactId.set(candidate.id());
                return true;
            }
        }
        boolean filtered = facts.size() < project.get().facts().size();
        activity.say(filtered ? "No other unresolved conflict among the facts the filter shows"
                : "No other unresolved conflict");
        return false;
    }

    private int indexOfSelected(List<Fact> facts) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).id().equals(selectedFactId.get())) {
                return i;
            }
        }
        return -1;
    }
}
