package app.reconcile.ui.common;

import app.reconcile.ui.support.RecordingDialogs;
import javafx.beans.property.BooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesCommandTest {
    private final Preferences node = Preferences.userRoot().node("reconcile-test/" + UUID.randomUUID());
    private final UiPreferences preferences = new UiPreferences(node);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final BooleanProperty scrollInStep = PreferencesCommand.scrollInStep(preferences);
    private final PreferencesCommand command = new PreferencesCommand(preferences, dialogs, scrollInStep);

    @AfterEach
    void dropPreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theDialogStartsFromTheStoredSettings() {
        preferences.setAuthorName("Ada");
        preferences.setAutoAdvance(false);
        PreferencesForm[] shown = new PreferencesForm[1];
        dialogs.preferencesAnswer = current -> {
            shown[0] = current;
            return null;
        };

        command.edit();

        assertThat(shown[0]).isEqualTo(new PreferencesForm("Ada", false, false));
    }

    @Test
    void confirmedSettingsAreStoredAndScrollInStepSwitchesAtOnce() {
        dialogs.preferencesAnswer = current -> new PreferencesForm(" Grace ", false, true);

        command.edit();

        assertThat(preferences.authorName()).isEqualTo("Grace");
        assertThat(preferences.autoAdvance()).isFalse();
        assertThat(preferences.scrollInStep()).isTrue();
        assertThat(scrollInStep.get()).isTrue();
    }

    @Test
    void cancellingChangesNothing() {
        preferences.setAuthorName("Ada");

        command.edit();

        assertThat(preferences.authorName()).isEqualTo("Ada");
        assertThat(scrollInStep.get()).isFalse();
    }

    @Test
    void togglingScrollInStepIsRemembered() {
        scrollInStep.set(true);

        assertThat(new UiPreferences(node).scrollInStep()).isTrue();
    }
}
