package app.reconcile.ui.facts;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.names.SourceNames;
import app.reconcile.core.Variant;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The fact list: conflicts first, each row staying where it is when decided, narrowed by the filter text (label, kind,
 * values, sources) and the "conflicts only" switch.
 */
public final class FactListViewModel {
    /**
     * Conflicts first, then in analysis order. A decision does not move its row: sorting decided facts
     * to the bottom made the list jump under the editor and scrolled the open conflicts out of view.
     */
    private static final Comparator<Fact> ORDER = Comparator.comparingInt((Fact f) -> f.verdict().ordinal());

    private final WorkspaceViewModel workspace;
    private final ObservableList<Fact> all = FXCollections.observableArrayList();
    private final FilteredList<Fact> visible = new FilteredList<>(all);

    public FactListViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.projectProperty().addListener((obs, old, now) -> refresh(now));
        visible.predicateProperty().bind(Bindings.createObjectBinding(this::predicate,
                workspace.filterProperty(), workspace.conflictsOnlyProperty(), workspace.projectProperty()));
        refresh(workspace.getProject());
        workspace.setNavigationOrder(() -> List.copyOf(visible));
    }

    /** The facts to show, in display order. */
    public ObservableList<Fact> visibleFacts() {
        return visible;
    }

    /** "Four / two" style summary of the distinct values with the sources stating each. */
    public static String variantsSummary(Fact fact) {
        List<String> parts = new ArrayList<>();
        for (Variant v : fact.variants()) {
            parts.add(v.display() + " (" + v.articleIds().size() + ")");
        }
        return String.join(" / ", parts);
    }

    private void refresh(Project project) {
        List<Fact> sorted = new ArrayList<>(project.facts());
        sorted.sort(ORDER);
        all.setAll(sorted);
    }

    private Predicate<Fact> predicate() {
        String needle = workspace.filterProperty().get() == null ? ""
                : workspace.filterProperty().get().trim().toLowerCase(Locale.ROOT);
        boolean conflictsOnly = workspace.conflictsOnlyProperty().get();
        Map<String, Article> articles = workspace.getProject().articlesById();
        return fact -> (!conflictsOnly || fact.isConflict())
                && (needle.isEmpty() || searchText(fact, articles).contains(needle));
    }

    private static String searchText(Fact fact, Map<String, Article> articles) {
        StringBuilder text = new StringBuilder()
                .append(fact.label()).append(' ').append(fact.kind()).append(' ').append(fact.verdict().key())
                .append(' ').append(fact.status().key());
        for (var m : fact.mentions()) {
            text.append(' ').append(m.text()).append(' ').append(m.value());
            Article a = articles.get(m.articleId());
            if (a != null) {
                text.append(' ').append(a.source()).append(' ').append(SourceNames.of(a));
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
