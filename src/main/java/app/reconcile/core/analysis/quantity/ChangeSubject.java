package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.text.Words;

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
    private static final String CHANGE = "rose|risen|rises|rise|fell|fallen|falls|fall|dropped|drops|drop|declined"
            + "|decreased|increased|climbed|jumped|grew|grown|slid|slipped|slumped|plunged|tumbled|soared|surged"
            + "|gained|lost|down|up|lower|higher|stood|stands|reached|totalled|totaled";
    private static final String AUX = "(?:(?:has|have|had|was|were|is|are|will\\s+be)\\s+(?:been\\s+)?)";
    /** A change already told before this value ("rose 2.1% to £3.1bn": the 2.1% stands between). */
    private static final String SIZE = "(?:\\s+(?:by\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?"
            + "[\\d.,]+\\s?(?:%|per\\s+cent|percent))?";

    /** "shares [in the group] [were] down [by] [2.1%] [to|at|from]" right before the value. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<![\\p{L}\\p{M}'’\\-])(?<word>[\\p{L}][\\p{L}\\-]*)"
                    + "(?:\\s+(?:in|of)\\s+(?:the\\s+|its\\s+|their\\s+)?[\\p{L}&\\-]+)?(?:,\\s*which)?"
                    + "\\s+(?:" + AUX + "?(?:" + CHANGE + ")|is|are|was|were)(?:\\s+by)?" + SIZE + "(?:\\s+(?:to|at|from|by))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "cut interest rates to", "lowered its benchmark rate to", "raised prices by" right before the value. */
    private static final Pattern OBJECT = Pattern.compile(
            "\\b(?:cut|cuts|raised|raises|lowered|lowers|reduced|reduces|increased|slashed|hiked|kept|left|set)"
                    + "\\s+(?:(?:its|the|their|his|her)\\s+)?(?:[\\p{Ll}\\-]+\\s+){0,2}?(?<word>\\p{Ll}[\\p{Ll}\\-]+)"
                    + "\\s+(?:to|at|by)\\s*$");

    private ChangeSubject() {
    }

    /**
     * The measured noun, lower-case, or empty.
     *
     * @param before         the sentence text before the value (a few words are enough)
     * @param sentenceStart  whether {@code before} starts at the beginning of the sentence: a capitalised
     *                       subject is taken only there ("Revenue rose"), never a name or weekday inside
     *                       the sentence ("... on Tuesday has risen to 14")
     */
    static Optional<String> of(String before, boolean sentenceStart) {
        Matcher o = OBJECT.matcher(before);
        if (o.find()) {
            return content(o.group("word"));
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
        return content(word);
    }

    private static Optional<String> content(String word) {
        String w = Words.normalise(word);
        if (w.length() < 3 || Words.isStop(w) || CountedThing.isBreak(w)) {
            return Optional.empty();
        }
        return Optional.of(w.toLowerCase(Locale.ROOT));
    }
}
