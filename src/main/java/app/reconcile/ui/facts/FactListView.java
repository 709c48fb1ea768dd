package app.reconcile.ui.facts;

import app.reconcile.core.Fact;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.Objects;

/**
 * The list of facts with its filter field and "conflicts only" switch. Selection is two-way with the
 * workspace: picking a row selects the fact everywhere, selecting elsewhere moves the row.
 */
public final class FactListView extends VBox {
    private final WorkspaceViewModel workspace;
    private final ListView<Fact> list;
    private final TextField filterField = TextFields.createClearableTextField();
    private boolean syncing;

    public FactListView(WorkspaceViewModel workspace, FactListViewModel viewModel) {
        super(6);
        this.workspace = workspace;
        setId("factListView");
        filterField.setId("filterField");
        filterField.setPromptText("Filter facts (Ctrl+F)");
        filterField.textProperty().bindBidirectional(workspace.filterProperty());
        CheckBox conflictsOnly = new CheckBox("Conflicts only");
        conflictsOnly.setId("conflictsOnlyCheck");
        conflictsOnly.selectedProperty().bindBidirectional(workspace.conflictsOnlyProperty());

        list = new ListView<>(viewModel.visibleFacts());
        list.setId("factList");
        list.setCellFactory(v -> new FactCell());
        list.setPlaceholder(new Label("No facts match"));
        // several rows can be picked for "Merge with…"; the focused row is still the workspace's selection
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                workspace.select(now.id());
            }
        });
        workspace.selectedFactIdProperty().addListener((obs, old, now) -> showSelection());
        viewModel.visibleFacts().addListener((ListChangeListener<Fact>) c -> showSelection());
        filterField.addEventHandler(KeyEvent.KEY_PRESSED, this::filterKey);
        getChildren().addAll(filterField, conflictsOnly, list);
        showSelection();
    }

    /** Down moves into the list, Enter selects the first row that matches, Esc clears the filter. */
    private void filterKey(KeyEvent event) {
        if (event.isAltDown() || event.isControlDown() || event.isShortcutDown() || event.isMetaDown()) {
            return;
        }
        switch (event.getCode()) {
            case DOWN -> {
                enterList();
                event.consume();
            }
            case ENTER -> {
                if (!list.getItems().isEmpty()) {
                    workspace.select(list.getItems().get(0).id());
                }
                list.requestFocus();
                event.consume();
            }
            case ESCAPE -> {
                if (filterField.getText().isEmpty()) {
                    list.requestFocus();
                } else {
                    filterField.clear();
                }
                event.consume();
            }
            default -> {
            }
        }
    }

    private void enterList() {
        if (list.getItems().isEmpty()) {
            return;
        }
        Fact shown = list.getSelectionModel().getSelectedItem();
        if (shown == null || !list.getItems().contains(shown)) {
            workspace.select(list.getItems().get(0).id());
        }
        list.getFocusModel().focus(Math.max(0, list.getSelectionModel().getSelectedIndex()));
        list.requestFocus();
    }

    public TextField filterField() {
        return filterField;
    }

    /** The ids of every fact selected in the list, in list order. */
    public List<String> selectedFactIds() {
        return list.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).map(Fact::id).toList();
    }

    /** Adds a context menu to the rows, e.g. "Merge with…". */
    public void setRowMenu(ContextMenu menu) {
        list.setContextMenu(menu);
    }

    public ListView<Fact> list() {
        return list;
    }

    /** Puts the list's selection on the workspace's fact without echoing it back. */
    private void showSelection() {
        String id = workspace.selectedFactIdProperty().get();
        Fact shown = list.getSelectionModel().getSelectedItem();
        if (shown != null && shown.id().equals(id) && list.getItems().contains(shown)) {
            return; // the editor picked it here: do not scroll under the pointer
        }
        syncing = true;
        try {
            int index = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().clearAndSelect(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }
}
