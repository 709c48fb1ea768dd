package app.reconcile.report;

import app.reconcile.core.Scoreboard.Standing;

/** The machine-readable words for a {@link Standing}, shared by the CSV and JSON reports. */
final class Matches {
    private Matches() {
    }

    /** yes / no / unresolved / n.a. */
    static String key(Standing standing) {
        return switch (standing) {
            case AGREES -> "yes";
            case CONTRADICTS -> "no";
            case UNRESOLVED -> "unresolved";
            case NOT_APPLICABLE -> "n.a.";
        };
    }
}
