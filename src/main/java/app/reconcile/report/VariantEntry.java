package app.reconcile.report;

import app.reconcile.core.Scoreboard.Standing;

import java.util.List;

/**
 * One distinct version of a fact and who states it.
 *
 * @param value     the normalised value
 * @param display   how it reads (the first mention's words)
 * @param sources   ids of the articles stating it, in mention order
 * @param mentions  every mention stating it
 * @param standing  how it compares with the fact's authoritative value (AGREES marks the chosen reading)
 */
public record VariantEntry(String value, String display, List<String> sources, List<MentionEntry> mentions,
                           Standing standing) {
    public VariantEntry {
        sources = List.copyOf(sources);
        mentions = List.copyOf(mentions);
    }

    public boolean isAuthoritative() {
        return standing == Standing.AGREES;
    }
}
