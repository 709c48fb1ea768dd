package app.reconcile.ui;

import app.reconcile.ui.viewer.LegendView;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.List;
import java.util.function.Supplier;

/**
 * The legend (View ▸ Legend, or "Key" in the status bar) and the keyboard help (F1 or ?): small windows
 * beside the main one, not modal, so the editor can keep them open while working. Each is built once.
 */
final class HelpWindows {
    private static final double LEGEND_WIDTH = 640;
    private static final double LEGEND_HEIGHT = 330;

    private final Stage owner;
    private final List<String> stylesheets;
    private Stage legend;
    private Stage keys;

    HelpWindows(Stage owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
    }

    void showLegend() {
        legend = show(legend, "Legend", () -> LegendView.create(), LEGEND_WIDTH, LEGEND_HEIGHT);
    }

    void showKeyboardHelp() {
        keys = show(keys, "Keyboard", KeyboardHelp::create, -1, -1);
    }

    private Stage show(Stage existing, String title, Supplier<Parent> content, double width, double height) {
        Stage stage = existing;
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Reconcile — " + title);
            Scene scene = width > 0 ? new Scene(content.get(), width, height) : new Scene(content.get());
            scene.getStylesheets().addAll(stylesheets);
            stage.setScene(scene);
            Stage shown = stage;
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    shown.hide();
                }
            });
        }
        stage.show();
        stage.toFront();
        return stage;
    }
}
