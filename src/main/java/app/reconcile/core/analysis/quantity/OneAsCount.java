package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.Words;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a bare "one" is a count. "one" is a pronoun or determiner far more often than a number ("one of the
 * worst", "no one", "one another", "the one who", "one said"), so it is read as a count only where news uses it
 * to count: as the object of an event verb ("killing two and injuring one"), hedged ("at least one", "only
 * one"), or before a person it counts ("one child", "one elderly passenger"), unless that person is the source
 * of a statement ("one witness said").
 */
final class OneAsCount {
    /** The words that decide whether "one" is a count ({@code knowledge/one-as-count.tsv}), by role. */
    private static final KnowledgeTable WORDS = KnowledgeTable.load("one-as-count", "word role", "word role");
    /** Words after "one" that make it a pronoun or a partitive, never a count of its own. */
    private static final Set<String> PRONOUN_AFTER = words("pronoun-after");
    /** Words before "one" that make it a pronoun ("no one", "the one", "any one", "every one"). */
    private static final Set<String> PRONOUN_BEFORE = words("pronoun-before");
    /** Words that make "only one" a pronoun again ("the only one"). */
    private static final Set<String> RESTRICTING = Set.of("only", "just", "exactly");
    /**
     * Words that make the person named after "one" a source or the subject of an anecdote ("one witness said",
     * "one passenger who was on board told ..."), not a count.
     */
    private static final Set<String> SOURCE_AFTER = words("source-after");
    /** People and casualties that news counts one by one. */
    private static final Set<String> COUNTED = words("counted");
    private static final Set<String> IRREGULAR_EVENT_VERBS = Set.of("hurt", "struck", "hit", "shot");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\-]+)\\s+$");
    private static final Pattern TWO_LAST_WORDS = Pattern.compile("([\\p{L}\\-]+)\\s+([\\p{L}\\-]+)\\s+$");
    /** Up to three words right after "one", separated by spaces only. */
    private static final Pattern NEXT_WORDS = Pattern.compile("^\\s+([\\p{L}\\-]+)(?:\\s+([\\p{L}\\-]+))?(?:\\s+([\\p{L}\\-]+))?");

    /** "one in Azuay", "one in the province of Azuay": the last part of a breakdown by place. */
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+(?:in|from)\\s+(?:the\\s+\\p{Ll}+\\s+of\\s+)?\\p{Lu}");
    /** "11 in El Oro and", "two in Quang Nam, ": an earlier part of the same breakdown. */
    private static final Pattern PART_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\d[\\d,]*|"
            + NumberWords.UNIT_WORDS + ")\\s+(?:in|from)\\s+[^;()]{2,60}?(?:,|\\s+and)\\s*$", Pattern.CASE_INSENSITIVE);

    private OneAsCount() {
    }

    private static Set<String> words(String role) {
        Set<String> out = WORDS.lowerCaseSet("word", e -> e.get("role").equals(role));
        if (out.isEmpty()) {
            throw new IllegalStateException(WORDS.name() + ": no word has the role " + role);
        }
        return Set.copyOf(out);
    }

    /**
     * @param before    the sentence text before the value and its qualifier
     * @param after     the sentence text after the value
     * @param qualifier the hedge written before "one" ("at least"), or null
     */
    static boolean isCount(String before, String after, String qualifier) {
        String near = before.substring(Math.max(0, before.length() - 60));
        String previous = lastWord(near);
        String[] next = nextWords(after);
        if (PRONOUN_AFTER.contains(next[0]) || PRONOUN_BEFORE.contains(previous) && qualifier == null) {
            return false;
        }
        if (isEventVerb(previous)) {
            return true; // "injuring one", "killed one"
        }
        if (PLACE_AFTER.matcher(after).lookingAt() && PART_BEFORE.matcher(near).find()) {
            return true; // "11 in El Oro and one in Azuay"
        }
        if (countedPerson(next)) {
            return true; // "one child", "at least one elderly woman"
        }
        return qualifier != null && qualifier.toLowerCase(Locale.ROOT).startsWith("at least") || restricted(near);
    }

    /** "only one", "just one", but not "the only one". */
    private static boolean restricted(String before) {
        Matcher m = TWO_LAST_WORDS.matcher(before);
        if (m.find()) {
            return RESTRICTING.contains(m.group(2).toLowerCase(Locale.ROOT))
                    && !PRONOUN_BEFORE.contains(m.group(1).toLowerCase(Locale.ROOT));
        }
        return RESTRICTING.contains(lastWord(before));
    }

    /** A person counted right after "one", or after one adjective, who is not the source of a statement. */
    private static boolean countedPerson(String[] next) {
        for (int i = 0; i < 2; i++) {
            if (COUNTED.contains(next[i])) {
                return !SOURCE_AFTER.contains(next[i + 1]);
            }
        }
        return false;
    }

    private static boolean isEventVerb(String word) {
        return EventFrames.isEventWord(word) && (word.endsWith("ing") || word.endsWith("ed")
                || IRREGULAR_EVENT_VERBS.contains(word));
    }

    private static String lastWord(String before) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() ? Words.normalise(m.group(1)) : "";
    }

    private static String[] nextWords(String after) {
        String[] out = {"", "", ""};
        Matcher m = NEXT_WORDS.matcher(after);
        if (m.find()) {
            for (int i = 0; i < 3; i++) {
                out[i] = m.group(i + 1) == null ? "" : Words.normalise(m.group(i + 1));
            }
        }
        return out;
    }
}
