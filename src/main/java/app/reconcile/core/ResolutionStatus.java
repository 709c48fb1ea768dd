package app.reconcile.core;

import java.util.Locale;

/** Where the editor's decision on a fact stands. */
public enum ResolutionStatus {
    UNRESOLVED, RESOLVED, DISMISSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResolutionStatus fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
