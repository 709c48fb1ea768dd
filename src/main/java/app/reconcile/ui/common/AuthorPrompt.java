package app.reconcile.ui.common;

import java.util.function.Supplier;

/**
 * The name a decision is signed with. The first decision without a remembered name asks the editor once
 * and remembers the answer in the preferences (changeable under Preferences); a cancelled question is not
 * repeated in the same session, and those decisions stay unsigned rather than signed by the OS user.
 */
public final class AuthorPrompt implements Supplier<String> {
    private final UiPreferences preferences;
    private final DialogService dialogs;
    private boolean asked;

    public AuthorPrompt(UiPreferences preferences, DialogService dialogs) {
        this.preferences = preferences;
        this.dialogs = dialogs;
    }

    @Override
    public String get() {
        String known = preferences.authorName();
        if (!known.isBlank() || asked) {
            return known;
        }
        asked = true;
        String given = dialogs.askText("Your name", "Decisions are signed with your name in the report. "
                + "Who is deciding? (You can change it under Preferences.)", "").map(String::strip).orElse("");
        if (!given.isEmpty()) {
            preferences.setAuthorName(given);
        }
        return given;
    }
}
