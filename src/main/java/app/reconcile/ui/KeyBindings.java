package app.reconcile.ui;

import app.reconcile.ui.resolution.DecisionViewModel;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the window: deciding, navigating, Ctrl+1..9 for the panes, Tab between list, panes and value
 * field, F1 or ? for help. Registered as a scene filter so the fact list and the text areas
 * cannot swallow them; digits and Enter are left alone while the editor types in a text field.
 */
final class KeyBindings {
    private final WorkspaceViewModel workspace;
    private final DecisionViewModel decisions;
    private final WindowKeyActions actions;

    /** What the keys do beyond deciding: carried out by the window's parts. */
    interface WindowKeyActions {
        void linkSelections();

        void showKeyboardHelp();

        /** Ctrl+N: the N-th article pane takes the keyboard. */
        void focusPane(int number);

        /** Tab: moves the keyboard on from {@code owner} among list, panes and value field; false if not there. */
        boolean cycleFocus(Node owner, boolean backwards);
    }

    KeyBindings(WorkspaceViewModel workspace, DecisionViewModel decisions, WindowKeyActions actions) {
        this.workspace = workspace;
        this.decisions = decisions;
        this.actions = actions;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()
                    && actions.cycleFocus(scene.getFocusOwner(), event.isShiftDown())) {
                event.consume();
                return;
            }
            if (handle(event, scene.getFocusOwner() instanceof TextInputControl)) {
                event.consume();
            }
        });
        // "?" is a typed character whose key differs between keyboard layouts
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if ("?".equals(event.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                actions.showKeyboardHelp();
                event.consume();
            }
        });
    }

    /** @return true when the key was a command and has been carried out */
    boolean handle(KeyEvent event, boolean typing) {
        KeyCode code = event.getCode();
        if (code == KeyCode.F1) {
            actions.showKeyboardHelp();
            return true;
        }
        if (event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown() && digit(code) > 0) {
            actions.focusPane(digit(code));
            return true;
        }
        if (event.isAltDown() && !event.isControlDown() && !event.isShortcutDown()) {
            if (code == KeyCode.DOWN) {
                workspace.selectNextUnresolved();
                return true;
            }
            if (code == KeyCode.UP) {
                workspace.selectPreviousUnresolved();
                return true;
            }
        }
        if (!typing && event.isShortcutDown() && !event.isAltDown() && code == KeyCode.Z) {
            // the read-only article areas have an undo manager of their own that would swallow the key
            if (event.isShiftDown()) {
                workspace.redo();
            } else {
                workspace.undo();
            }
            return true;
        }
        if (!typing && event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown() && code == KeyCode.L) {
            // the text areas bind keys of their own; the link command must win while text is selected there
            actions.linkSelections();
            return true;
        }
        if (typing || event.isAltDown() || event.isControlDown() || event.isShortcutDown() || event.isMetaDown()) {
            return false;
        }
        int number = digit(code);
        if (number > 0) {
            return decisions.chooseByNumber(number);
        }
        if (code == KeyCode.ENTER) {
            return decisions.acceptSuggestion();
        }
        return false;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return last >= '1' && last <= '9' ? last - '0' : 0;
        }
        return 0;
    }
}
