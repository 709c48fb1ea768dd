package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.Words;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure measures when it is the end point or the size of a change: business and economy reporting
 * names the measured thing before the verb, not after the figure ("Shares fell 6.2%", "its shares were down
 * 6.4%", "inflation, which rose to 3.8%", "Revenue rose 2.1% to £3.1bn", "Net debt stood at £1.2bn"), or as
 * the object of a transitive change verb ("cut interest rates to 4%", "lowered its benchmark rate to 4 per
 * cent"). The word is read from the text just before the value, so two reports of one figure meet on it.
 */
final class ChangeSubject {
    /** The verbs of a change ({@code knowledge/change-verbs.tsv}), by role. */
    private static final KnowledgeTable VERBS = KnowledgeTable.load("change-verbs", "verb role", "verb role");
    private static final String CHANGE = verbs("subject");
    /** "edged up", "slipped back", "closed lower": a direction word after the verb. */
    private static final String DIRECTION = "(?:\\s+(?<direction>up|down|higher|lower|back))?";
    private static final String AUX = "(?:(?:has|have|had|was|were|is|are|will\\s+be)\\s+(?:been\\s+)?)";
    /** A change already told before this value ("rose 2.1% to £3.1bn": the 2.1% stands between). */
    private static final String SIZE = "(?:\\s+(?:by\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?"
            + "[\\d.,]+\\s?(?:%|per\\s+cent|percent))?";

    /**
     * "shares [in the group] [were] down [by] [2.1%] [to|at|from]" right before the value; what the subject is
     * of, in or for may stand between ("net income for its fourth quarter reached").
     */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<![\\p{L}\\p{M}'’\\-])(?<word>[\\p{L}][\\p{L}\\-]*)"
                    + "(?:\\s+(?:in|of|for)\\s+(?:[\\p{L}'’&\\-]+\\s+){0,5}?[\\p{L}&\\-]+)?(?:,\\s*which)?"
                    + "\\s+(?:" + AUX + "?(?<verb>" + CHANGE + ")" + DIRECTION + "|is|are|was|were)(?:\\s+by)?" + SIZE
                    + "(?:\\s+(?:to|at|from|by))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "cut interest rates to", "lowered its benchmark rate to", "raised prices by" right before the value; the
     * object may be followed by what it applies to ("the rate on its overnight borrowing facility to") and by the
     * size of the change before its end point ("its key rate by 50 basis points to").
     */
    private static final Pattern OBJECT = Pattern.compile(
            "\\b(?<verb>" + verbs("object") + ")"
                    + "\\s+(?:(?:its|the|their|his|her)\\s+)?(?:[\\p{Ll}\\-]+\\s+){0,2}?(?<word>\\p{Ll}[\\p{Ll}\\-]+)"
                    + "(?:\\s+(?:on|of|for)\\s+(?:[\\p{L}\\-]+\\s+){0,4}?[\\p{L}\\-]+)?"
                    + "(?:\\s+by\\s+(?:a\\s+|an\\s+|one\\s+|half\\s+|three-quarters\\s+|quarter\\s+)?[\\w.,]+(?:\\s+of\\s+a)?"
                    + "(?:\\s?%|\\s+(?:per\\s+cent|percent|percentage\\s+points?|basis\\s+points?|bps?)))?"
                    + "\\s+(?:to|at|by)\\s*$");

    /** "drove the stock down", "pushed shares higher by", "sent its shares up" right before the value. */
    private static final Pattern MOVED = Pattern.compile(
            "\\b(?:" + verbs("moved") + ")"
                    + "\\s+(?:(?:its|the|their|his|her)\\s+)?(?:[\\p{Ll}\\-]+\\s+){0,2}?(?<word>\\p{Ll}[\\p{Ll}\\-]+)"
                    + "\\s+(?<direction>down|up|lower|higher)(?:\\s+by)?\\s*$");
    /**
     * A change in apposition to a figure ("4.89 million Macs, up 27 percent", "11.12 million iPads, a 166
     * percent unit increase"): the noun the figure counts is what changed, capitalised product names included.
     */
    private static final Pattern APPOSED = Pattern.compile(
            "\\d(?:[\\d.,]*\\d)?(?:\\s*(?:million|billion|thousand|m|bn|k))?\\s+(?<word>\\p{L}[\\p{L}\\-]*)\\s*,\\s+"
                    + "(?:(?<direction>up|down)(?:\\s+by)?|an?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "a 26 percent unit increase", "a 3% fall": after "a", the figure must name a change to be one (a noun of
     * {@code knowledge/change-nouns.tsv}).
     */
    private static final Pattern CHANGE_NOUN_AFTER = Pattern.compile(
            "^\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:" + Alternation.of(KnowledgeTable.load("change-nouns", "noun tags", "noun")
                    .column("noun", e -> e.tagged("tags", "after"))) + ")s?\\b");

    private static final String INFLATION = "inflation";
    private static final Pattern CONSUMER_BEFORE = Pattern.compile("(?i)\\bconsumer[\\s\\-]+$");

    private ChangeSubject() {
    }

    private static String verbs(String role) {
        List<String> verbs = VERBS.column("verb", e -> e.get("role").equals(role));
        if (verbs.isEmpty()) {
            throw new IllegalStateException(VERBS.name() + ": no verb has the role " + role);
        }
        return Alternation.of(verbs);
    }

    /**
     * What changed and how: the measured noun, lower-case, and the change frame of its verb ("@fall" for "fell",
     * "cut", "drove ... down"; "" for "stood at", "was").
     */
    record Subject(String word, String frame) {
    }

    /**
     * The measured noun and the direction of its change, or empty.
     *
     * @param before         the sentence text before the value (a few words are enough)
     * @param after          the sentence text after the value
     * @param sentenceStart  whether {@code before} starts at the beginning of the sentence: a capitalised
     *                       subject is taken only there ("Revenue rose"), never a name or weekday inside
     *                       the sentence ("... on Tuesday has risen to 14")
     */
    static Optional<Subject> of(String before, String after, boolean sentenceStart) {
        Matcher a = APPOSED.matcher(before);
        if (a.find() && (a.group("direction") != null || CHANGE_NOUN_AFTER.matcher(after).find())) {
            return subject(a.group("word"), a.group("direction"));
        }
        Matcher o = OBJECT.matcher(before);
        if (o.find()) {
            return subject(o.group("word"), o.group("verb"));
        }
        Matcher moved = MOVED.matcher(before);
        if (moved.find()) {
            return subject(moved.group("word"), moved.group("direction"));
        }
        Matcher s = SUBJECT.matcher(before);
        if (!s.find()) {
            return Optional.empty();
        }
        String word = s.group("word");
        boolean opening = sentenceStart && before.substring(0, s.start("word")).isBlank();
        if (Character.isUpperCase(word.charAt(0)) && !opening) {
            return Optional.empty();
        }
        String verb = s.group("verb");
        if (isPriceIndex(before, s.start("word"), word)) {
            word = INFLATION;
        }
        return subject(word, verb == null || EventFrames.changeFrameOf(verb.toLowerCase(Locale.ROOT)).isEmpty()
                ? s.group("direction") : verb);
    }

    /**
     * "Consumer prices rose 1.9%" is inflation, told as news tells it as often as "inflation rose to 1.9%"; prices
     * alone ("oil prices rose 3%") are not.
     */
    private static boolean isPriceIndex(String before, int wordStart, String word) {
        return word.equalsIgnoreCase("prices") && CONSUMER_BEFORE.matcher(before.substring(0, wordStart)).find();
    }

    private static Optional<Subject> subject(String word, String verb) {
        String frame = verb == null ? "" : EventFrames.changeFrameOf(verb.toLowerCase(Locale.ROOT));
        return content(word).map(w -> new Subject(w, frame));
    }

    private static Optional<String> content(String word) {
        String w = Words.normalise(word);
        if (w.length() < 3 || Words.isStop(w) || CountedThing.isBreak(w)) {
            return Optional.empty();
        }
        return Optional.of(w.toLowerCase(Locale.ROOT));
    }
}
