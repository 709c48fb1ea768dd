package app.reconcile.report;

import app.reconcile.core.Scoreboard.Standing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One distinct version of a fact and who states it.
 *
 * @param value     the normalised value
 * @param display   how it reads (the first mention's words)
 * @param sources   ids of the articles stating it, in mention order
 * @param mentions  every mention stating it
 * @param standing  how it compares with the fact's authoritative value (AGREES marks the chosen reading)
 * @param wordDiff  for quotes, how it differs word by word from the reference reading (the authoritative one,
 *                  or the most widely stated one while undecided); empty for the reference and other kinds
 */
public record VariantEntry(String value, String display, List<String> sources, List<MentionEntry> mentions,
                           Standing standing, Optional<WordDiff> wordDiff) {
    public VariantEntry {
        sources = List.copyOf(sources);
        mentions = List.copyOf(mentions);
    }

    /**
     * One mention per stating source (its first), for the human-readable formats: a name repeated twenty
     * times in one article needs one sentence of context, not twenty. The JSON report keeps every mention.
     */
    public List<MentionEntry> firstMentionPerSource() {
        Set<String> seen = new HashSet<>();
        return mentions.stream().filter(m -> seen.add(m.articleId())).toList();
    }

    public boolean isAuthoritative() {
        return standing == Standing.AGREES;
    }
}
