package app.reconcile.ui.workspace;

import app.reconcile.core.Project;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/** The bottom bar: what is going on (with progress and Cancel) and the decision counts. */
public final class StatusBarView {
    private StatusBarView() {
    }

    /** The bar, with a "Key" button that opens the legend of the marks in the panes. */
    public static StatusBar create(WorkspaceViewModel workspace, Runnable showLegend) {
        BackgroundActivity activity = workspace.activity();
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(activity.messageProperty());
        bar.progressProperty().bind(activity.progressProperty());

        Label counts = new Label();
        counts.setId("countsLabel");
        counts.textProperty().bind(Bindings.createStringBinding(() -> counts(workspace.getProject()),
                workspace.projectProperty()));

        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.visibleProperty().bind(activity.busyProperty());
        cancel.managedProperty().bind(activity.busyProperty());
        cancel.setOnAction(e -> activity.cancel());
        Button key = new Button("Key");
        key.setId("legendButton");
        key.setFocusTraversable(false);
        key.setTooltip(new javafx.scene.control.Tooltip("What the colours, lines and marks mean (View ▸ Legend)"));
        key.setOnAction(e -> showLegend.run());
        bar.getRightItems().addAll(counts, cancel, key);
        return bar;
    }

    /** "42 facts · 5 conflicts: 2 resolved, 1 dismissed, 2 unresolved". */
    static String counts(Project project) {
        return project.facts().size() + " facts · " + project.count(Verdict.CONFLICT) + " conflicts: "
                + project.count(ResolutionStatus.RESOLVED) + " resolved, "
                + project.count(ResolutionStatus.DISMISSED) + " dismissed, "
                + project.count(ResolutionStatus.UNRESOLVED) + " unresolved";
    }
}
