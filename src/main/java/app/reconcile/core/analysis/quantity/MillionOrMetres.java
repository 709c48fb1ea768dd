package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.regex.Pattern;

/**
 * Whether the "m" straight after a number ("1,200m") is metres rather than million. News writes both: "$200m",
 * "£1.5m", "1.2m people", "3m doses" are millions; "1,200m deep", "a 400m-long runway", "at a depth of 1,200m"
 * are lengths. Only a length word right after it or a word of length right before it makes metres; anything
 * else keeps the million ("100m sprint", a race name, stays as it was).
 */
final class MillionOrMetres {
    /** The words of length that make metres ({@code knowledge/metres-words.tsv}), by where they stand. */
    private static final KnowledgeTable WORDS = KnowledgeTable.load("metres-words", "phrase position", "phrase position");
    /** A length adjective or place word after the number: "1,200m deep", "400m-long", "50m away". */
    private static final Pattern LENGTH_AFTER = Pattern.compile(
            "^(?:\\s+|-)(?:" + Alternation.of(WORDS.column("phrase", e -> e.get("position").equals("after"))) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** A word of length right before the number: "at a depth of 1,200m", "a height of about 300m". */
    private static final Pattern LENGTH_BEFORE = Pattern.compile(
            "\\b(?:" + Alternation.of(WORDS.column("phrase", e -> e.get("position").equals("before"))) + ")\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final int BEFORE = 30;

    private MillionOrMetres() {
    }

    /**
     * @param before the sentence before the value (its hedge included in the value, so not here)
     * @param after  the sentence after the value
     */
    static boolean isMetres(String before, String after) {
        return LENGTH_AFTER.matcher(after).lookingAt()
                || LENGTH_BEFORE.matcher(before.substring(Math.max(0, before.length() - BEFORE))).find();
    }
}
