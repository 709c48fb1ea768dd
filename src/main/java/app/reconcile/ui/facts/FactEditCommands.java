package app.reconcile.ui.facts;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.edit.FactEditException;
import app.reconcile.core.edit.FactEdits;
import app.reconcile.core.edit.Selection;
import app.reconcile.ui.workspace.WorkspaceViewModel;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's corrections to the engine's grouping, as undoable workspace edits: link selections as one
 * fact, merge two facts, split a mention off, remove a mention. The edits themselves are
 * {@link FactEdits}'; a refused edit shows its one-line reason and changes nothing.
 */
public final class FactEditCommands {
    private final WorkspaceViewModel workspace;
    private final FactDialogService dialogs;

    public FactEditCommands(WorkspaceViewModel workspace, FactDialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
    }

    /** "Link as same fact": asks for kind and label, adds the fact and selects it. */
    public void link(List<Selection> selections) {
        Project before = workspace.getProject();
        if (selections.stream().map(Selection::articleId).distinct().count() < 2) {
            dialogs.showError("Cannot link", "select the same fact in at least two articles to link it");
            return;
        }
        dialogs.askLinkDetails(suggest(before, selections)).ifPresent(details ->
                apply("Cannot link", () -> FactEdits.link(before, selections, details.kind(), details.label()))
                        .ifPresent(after -> selectAdded(before, after)));
    }

    /** Joins {@code otherId} into {@code keepId}, keeping the first's id, label and (if still valid) decision. */
    public void merge(String keepId, String otherId) {
        Project before = workspace.getProject();
        apply("Cannot merge", () -> FactEdits.merge(before, keepId, otherId))
                .ifPresent(after -> workspace.select(keepId));
    }

    /**
     * "Merge with…" on the fact list: two or more selected facts merge into the focused one (or the first);
     * a single selected fact asks which other fact to merge it with.
     */
    public void mergeSelected(List<String> selectedIds, String focusedId) {
        if (selectedIds.isEmpty()) {
            dialogs.showError("Cannot merge", "select a fact in the list first");
            return;
        }
        if (selectedIds.size() == 1) {
            mergeWithChosen(selectedIds.get(0));
            return;
        }
        String keep = selectedIds.contains(focusedId) ? focusedId : selectedIds.get(0);
        Project before = workspace.getProject();
        Project after = before;
        try {
            for (String other : selectedIds) {
                if (!other.equals(keep)) {
                    after = FactEdits.merge(after, keep, other);
                }
            }
        } catch (FactEditException e) {
            dialogs.showError("Cannot merge", e.getMessage());
            return;
        }
        Project merged = after;
        workspace.edit(p -> merged);
        workspace.select(keep);
    }

    /** "Merge with…": asks which other fact to join into {@code keepId}. */
    public void mergeWithChosen(String keepId) {
        Project project = workspace.getProject();
        List<FactChoice> others = project.facts().stream().filter(f -> !f.id().equals(keepId))
                .map(FactChoice::new).toList();
        if (others.isEmpty()) {
            dialogs.showError("Cannot merge", "there is no other fact to merge with");
            return;
        }
        dialogs.choose("Merge with…", "Which fact states the same thing?", others, others.get(0))
                .ifPresent(other -> merge(keepId, other.fact().id()));
    }

    /** Moves one mention out of its fact into a new fact of its own (dropped if a single article states it). */
    public void splitOff(String factId, Mention mention) {
        Project before = workspace.getProject();
        apply("Cannot split", () -> FactEdits.split(before, factId, List.of(mention)));
    }

    public void removeMention(String factId, Mention mention) {
        Project before = workspace.getProject();
        apply("Cannot remove the mention", () -> FactEdits.removeMention(before, factId, mention));
    }

    private Optional<Project> apply(String failure, Edit edit) {
        Project after;
        try {
            after = edit.run();
        } catch (FactEditException e) {
            dialogs.showError(failure, e.getMessage());
            return Optional.empty();
        }
        workspace.edit(p -> after);
        return Optional.of(after);
    }

    private void selectAdded(Project before, Project after) {
        Set<String> old = new HashSet<>();
        before.facts().forEach(f -> old.add(f.id()));
        after.facts().stream().filter(f -> !old.contains(f.id())).findFirst()
                .ifPresent(f -> workspace.select(f.id()));
    }

    /** A number-looking first selection suggests NUMBER, anything else NAME; the label is the selected text. */
    static LinkDetails suggest(Project project, List<Selection> selections) {
        Selection first = selections.get(0);
        String text = project.article(first.articleId()).map(Article::text)
                .filter(t -> first.start() >= 0 && first.end() <= t.length() && first.start() <= first.end())
                .map(t -> t.substring(first.start(), first.end()).strip()).orElse("");
        FactKind kind = text.matches(".*\\d.*") ? (text.contains("%") ? FactKind.PERCENT : FactKind.NUMBER)
                : FactKind.NAME;
        String label = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new LinkDetails(kind, label);
    }

    @FunctionalInterface
    private interface Edit {
        Project run() throws FactEditException;
    }

    /** A fact as the "Merge with…" chooser lists it. */
    public record FactChoice(Fact fact) {
        @Override
        public String toString() {
            return fact.label() + " — " + FactListViewModel.variantsSummary(fact);
        }
    }
}
