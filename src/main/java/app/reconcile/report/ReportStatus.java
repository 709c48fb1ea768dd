package app.reconcile.report;

import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;

import java.util.Locale;

/**
 * The one word the human-readable report uses for where a fact stands, the same in the summary, the headings,
 * each card and each table row: a conflict is open, decided or dismissed; a fact whose versions do not
 * contradict is agreed or compatible. "Unresolved" is not used: it read as "needs work" on facts that need none.
 */
enum ReportStatus {
    OPEN("a conflict awaiting the editor's decision"),
    DECIDED("the editor chose or typed the authoritative value"),
    DISMISSED("the editor judged it no real discrepancy"),
    COMPATIBLE("the versions differ only in precision"),
    AGREED("every source states the same value");

    private final String meaning;

    ReportStatus(String meaning) {
        this.meaning = meaning;
    }

    static ReportStatus of(Verdict verdict, ResolutionStatus status) {
        if (status == ResolutionStatus.DISMISSED) {
            return DISMISSED;
        }
        if (status == ResolutionStatus.RESOLVED) {
            return DECIDED;
        }
        return switch (verdict) {
            case CONFLICT -> OPEN;
            case COMPATIBLE -> COMPATIBLE;
            case AGREE -> AGREED;
        };
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    String meaning() {
        return meaning;
    }

    /** Open, decided and dismissed facts get a card each; the others share one compact table. */
    boolean isConflict() {
        return this == OPEN || this == DECIDED || this == DISMISSED;
    }
}
