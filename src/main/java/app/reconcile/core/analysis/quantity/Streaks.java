package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an ordinal of a repeated event counts. "for a fifth time" counts times of the verb before it ("cut rates
 * for a fifth time" is the fifth cut, "voted for the seventh time" the seventh election), so that it meets
 * "its fifth straight cut" and "the seventh election in four years"; the words of a streak ("straight",
 * "consecutive") are no counted thing themselves ("its fifth straight meeting" counts meetings).
 */
final class Streaks {
    /** Adjectives of a streak between the ordinal and what it counts. */
    private static final Set<String> STREAK_WORDS = Set.of("straight", "consecutive", "successive", "running");
    /**
     * Verbs of events that news counts with "for a fifth time", as the noun that counts the same events
     * ({@code knowledge/streak-events.tsv}).
     */
    private static final Map<String, String> EVENT_OF_VERB = Map.copyOf(
            KnowledgeTable.load("streak-events", "verb event", "verb").map("verb", "event"));
    /** Up to three words, then "for a" / "for the", right before the ordinal. */
    private static final Pattern BEFORE_FOR = Pattern.compile(
            "((?:\\p{L}+\\s+){1,3})for\\s+(?:a|the)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final int REACH = 60;

    private Streaks() {
    }

    /** "straight", "consecutive": a word of a streak, never the thing it counts. */
    static boolean isStreakWord(String lowerWord) {
        return STREAK_WORDS.contains(lowerWord);
    }

    /**
     * The event an ordinal told as "for a fifth time" counts, from the nearest known verb among the three words
     * before "for", or empty.
     *
     * @param before the sentence text before the ordinal
     */
    static Optional<String> eventOfTimes(String before) {
        if (!before.endsWith(" ")) {
            return Optional.empty(); // cheap test before the pattern
        }
        Matcher m = BEFORE_FOR.matcher(before.substring(Math.max(0, before.length() - REACH)));
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group(1).trim().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String event = EVENT_OF_VERB.get(words[i]);
            if (event != null) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
