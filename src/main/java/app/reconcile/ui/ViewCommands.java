package app.reconcile.ui;

import app.reconcile.ui.viewer.PaneLayout;
import javafx.beans.property.ObjectProperty;

/** The View menu's commands: the legend, the keyboard help and the article layout (remembered). */
record ViewCommands(Runnable showLegend, Runnable showKeyboardHelp, ObjectProperty<PaneLayout> layout) {
}
