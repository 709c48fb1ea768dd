package app.reconcile.core;

import java.util.Locale;

/** How the articles' versions of one fact relate to each other. */
public enum Verdict {
    /** The values cannot all be true: the editor must decide. */
    CONFLICT,
    /** The values differ in precision but do not contradict ("2021" vs "June 2021"). */
    COMPATIBLE,
    /** The same value, possibly in different forms ("12" and "twelve"). */
    AGREE;

    /** The lower-case name used in project files and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
