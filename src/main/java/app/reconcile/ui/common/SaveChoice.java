package app.reconcile.ui.common;

/** The editor's answer to "save changes before closing?". */
public enum SaveChoice {
    SAVE, DISCARD, CANCEL
}
