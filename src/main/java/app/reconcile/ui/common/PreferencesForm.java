package app.reconcile.ui.common;

/**
 * The settings the Preferences dialog edits, as one value: the dialog returns a new form, the caller
 * stores it, so the dialog itself never touches {@link UiPreferences}.
 *
 * @param authorName   recorded with each decision
 * @param autoAdvance  move on to the next unresolved conflict after picking a value by key
 * @param scrollInStep scrolling one article pane scrolls the others to the same relative position
 */
public record PreferencesForm(String authorName, boolean autoAdvance, boolean scrollInStep) {
    public PreferencesForm {
        authorName = authorName == null ? "" : authorName.strip();
    }
}
