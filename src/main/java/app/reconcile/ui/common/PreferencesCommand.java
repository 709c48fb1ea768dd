package app.reconcile.ui.common;

import javafx.beans.property.BooleanProperty;

/**
 * Settings ▸ Preferences…: shows the dialog on the stored settings and stores what the editor confirms.
 * "Scroll in step" is also a live property (the Navigate menu toggles it), so it is kept in step here.
 */
public final class PreferencesCommand {
    private final UiPreferences preferences;
    private final DialogService dialogs;
    private final BooleanProperty scrollInStep;

    public PreferencesCommand(UiPreferences preferences, DialogService dialogs, BooleanProperty scrollInStep) {
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.scrollInStep = scrollInStep;
    }

    /** The live "scroll in step" switch, starting from the stored value and stored on every change. */
    public static BooleanProperty scrollInStep(UiPreferences preferences) {
        BooleanProperty on = new javafx.beans.property.SimpleBooleanProperty(preferences.scrollInStep());
        on.addListener((obs, old, now) -> preferences.setScrollInStep(now));
        return on;
    }

    public void edit() {
        PreferencesForm current = new PreferencesForm(preferences.authorName(), preferences.autoAdvance(),
                scrollInStep.get());
        dialogs.editPreferences(current).ifPresent(form -> {
            if (!form.authorName().isEmpty()) {
                preferences.setAuthorName(form.authorName());
            }
            preferences.setAutoAdvance(form.autoAdvance());
            scrollInStep.set(form.scrollInStep());
        });
    }
}
