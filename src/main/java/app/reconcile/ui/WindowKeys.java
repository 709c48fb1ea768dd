package app.reconcile.ui;

import app.reconcile.ui.facts.FactListView;
import app.reconcile.ui.resolution.DecisionPanel;
import app.reconcile.ui.viewer.ArticlePane;
import app.reconcile.ui.viewer.ArticlesView;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The window's key actions that need its views: help, Ctrl+N into a pane, and the Tab cycle fact list →
 * each pane on view → value field → fact list. Tab elsewhere (filter, note, dialogs) keeps its usual order.
 */
final class WindowKeys implements KeyBindings.WindowKeyActions {
    private final PaneActions paneActions;
    private final HelpWindows help;
    private final ArticlesView articles;
    private final FactListView factList;
    private final DecisionPanel decisionPanel;

    WindowKeys(PaneActions paneActions, HelpWindows help, ArticlesView articles, FactListView factList,
               DecisionPanel decisionPanel) {
        this.paneActions = paneActions;
        this.help = help;
        this.articles = articles;
        this.factList = factList;
        this.decisionPanel = decisionPanel;
    }

    @Override
    public void linkSelections() {
        paneActions.linkSelections();
    }

    @Override
    public void showKeyboardHelp() {
        help.showKeyboardHelp();
    }

    @Override
    public void focusPane(int number) {
        articles.focusPane(number);
    }

    @Override
    public boolean cycleFocus(Node owner, boolean backwards) {
        List<Node> stops = new ArrayList<>();
        stops.add(factList.list());
        articles.shownPanes().stream().map(ArticlePane::textArea).forEach(stops::add);
        stops.add(decisionPanel.valueField());
        int at = -1;
        for (Node n = owner; n != null && at < 0; n = n.getParent()) {
            at = stops.indexOf(n);
        }
        if (at < 0) {
            return false;
        }
        // a stop that cannot take the keyboard (the value field with no fact selected, the list behind the
        // Sources tab) is passed over: asking it for focus would leave the keyboard where it was
        for (int step = 1; step < stops.size(); step++) {
            Node next = stops.get(Math.floorMod(at + (backwards ? -step : step), stops.size()));
            if (canTakeFocus(next)) {
                next.requestFocus();
                return true;
            }
        }
        return false;
    }

    /** In the window, enabled, and shown: what {@link Node#requestFocus()} needs to move the keyboard. */
    static boolean canTakeFocus(Node node) {
        if (node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
