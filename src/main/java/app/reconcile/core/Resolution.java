package app.reconcile.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The editor's decision on one fact.
 *
 * @param status    {@link ResolutionStatus#RESOLVED} (a value is authoritative) or
 *                  {@link ResolutionStatus#DISMISSED} (not a real discrepancy)
 * @param value     the authoritative normalised value; null when dismissed
 * @param display   how the authoritative value reads ("two", or the editor's typed text)
 * @param custom    true when the editor typed the value instead of picking a stated one
 * @param note      free text, may be empty
 * @param author    who decided (OS user name by default)
 * @param decidedAt when
 */
public record Resolution(ResolutionStatus status, String value, String display, boolean custom,
                         String note, String author, Instant decidedAt) {
    public Resolution {
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        author = author == null ? "" : author;
        decidedAt = decidedAt == null ? Instant.EPOCH : decidedAt;
        if (status == ResolutionStatus.RESOLVED && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("a resolved fact needs a value");
        }
        display = display == null ? value : display;
    }

    public static Resolution choose(Variant variant, String note, String author, Instant at) {
        return new Resolution(ResolutionStatus.RESOLVED, variant.value(), variant.display(), false, note, author, at);
    }

    public static Resolution custom(String typed, String note, String author, Instant at) {
        return new Resolution(ResolutionStatus.RESOLVED, typed.trim(), typed.trim(), true, note, author, at);
    }

    public static Resolution dismiss(String note, String author, Instant at) {
        return new Resolution(ResolutionStatus.DISMISSED, null, null, false, note, author, at);
    }

    public Resolution withNote(String newNote) {
        return new Resolution(status, value, display, custom, newNote, author, decidedAt);
    }
}
