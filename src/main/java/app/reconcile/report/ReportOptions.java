package app.reconcile.report;

import java.time.Clock;
import java.util.Objects;

/**
 * Settings of one export. The clock is injected so that a report's generation timestamp is
 * reproducible in tests (golden files) and in scripted exports.
 *
 * @param title the report's heading and TEI title
 * @param clock where the generation timestamp comes from
 */
public record ReportOptions(String title, Clock clock) {
    public static final String DEFAULT_TITLE = "Reconciled report";

    public ReportOptions {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        Objects.requireNonNull(clock, "clock");
    }

    /** The default title, timestamped with the system clock in UTC. */
    public static ReportOptions defaults() {
        return new ReportOptions(DEFAULT_TITLE, Clock.systemUTC());
    }

    public ReportOptions withTitle(String newTitle) {
        return new ReportOptions(newTitle, clock);
    }

    public ReportOptions withClock(Clock newClock) {
        return new ReportOptions(title, newClock);
    }
}
