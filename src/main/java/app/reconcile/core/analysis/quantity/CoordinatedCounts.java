package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.EventFrames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two values of one sentence that share one noun, written once: "412,870 votes against 347,512" (the second
 * counts votes), "killing 12 people and injuring one" (one person), "killing at least 115 and injuring about
 * 150 people" (115 people). A value with nothing counted takes the noun of its neighbour when only a
 * contrasting word, or "and" with an event verb ("injuring", "wounded"), stands between them.
 */
final class CoordinatedCounts {
    /** "votes against", "votes to", "votes versus": the second value leaves out the noun of the first. */
    private static final Pattern CONTRAST = Pattern.compile(
            "\\s+([\\p{L}\\-]+)\\s+(?:against|to|versus|vs\\.?|compared\\s+with)\\s+", Pattern.CASE_INSENSITIVE);
    /** "people and injuring", "people, and wounding": a second event of the same people. */
    private static final Pattern AND_EVENT_AFTER = Pattern.compile("\\s+([\\p{L}\\-]+)\\s*,?\\s+and\\s+(\\p{Ll}+)\\s+");
    /** "and injuring": the first value leaves out the noun that the second one names. */
    private static final Pattern AND_EVENT_BEFORE = Pattern.compile("\\s*,?\\s+and\\s+(\\p{Ll}+)\\s+");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{Ll}+)\\s+$");

    private CoordinatedCounts() {
    }

    /** The candidates of one sentence, in reading order, with the nouns they share filled in. */
    static List<Candidate> share(List<Candidate> inOrder) {
        List<Candidate> out = new ArrayList<>(inOrder);
        for (int i = 1; i < out.size(); i++) {
            out.set(i, fromPrevious(out.get(i - 1), out.get(i)));
        }
        for (int i = out.size() - 2; i >= 0; i--) {
            out.set(i, fromNext(out.get(i), out.get(i + 1)));
        }
        return out;
    }

    private static Candidate fromPrevious(Candidate previous, Candidate c) {
        if (!c.thing().isEmpty() || previous.thing().isEmpty() || previous.kind() != c.kind()) {
            return c;
        }
        String gap = gap(previous, c);
        Matcher contrast = CONTRAST.matcher(gap);
        Matcher event = AND_EVENT_AFTER.matcher(gap);
        boolean shared = contrast.matches() && contrast.group(1).equalsIgnoreCase(previous.thingWord())
                || event.matches() && event.group(1).equalsIgnoreCase(previous.thingWord()) && isEventVerb(event.group(2));
        return shared ? withThingOf(c, previous) : c;
    }

    private static Candidate fromNext(Candidate c, Candidate next) {
        if (!c.thing().isEmpty() || next.thing().isEmpty() || next.kind() != c.kind()) {
            return c;
        }
        Matcher event = AND_EVENT_BEFORE.matcher(gap(c, next));
        return event.matches() && isEventVerb(event.group(1)) && eventVerbBefore(c) ? withThingOf(c, next) : c;
    }

    /** "killing at least 115 and ...": the first value is the object of an event verb too. */
    private static boolean eventVerbBefore(Candidate c) {
        int from = c.start() - c.sentence().start();
        Matcher m = LAST_WORD.matcher(c.sentence().text().substring(Math.max(0, from - 30), from));
        return m.find() && isEventVerb(m.group(1));
    }

    private static boolean isEventVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return EventFrames.isEventWord(w) && (w.endsWith("ing") || w.endsWith("ed"));
    }

    private static String gap(Candidate first, Candidate second) {
        int base = first.sentence().start();
        return first.sentence().text().substring(first.end() - base, second.start() - base);
    }

    private static Candidate withThingOf(Candidate c, Candidate source) {
        return new Candidate(c.sentence(), c.start(), c.end(), c.text(), c.kind(), c.value(), source.thing(),
                c.keys(), source.thingWord());
    }
}
