package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.ValueHolder;
import app.reconcile.core.analysis.value.QuantityValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count broken down by place: "killing 19 people, 12 in Quang Nam and seven in Quang Ngai", "12 deaths are
 * reported (11 in the province of El Oro and one in the province of Azuay)", "left 11 people dead in the province
 * of El Oro and two fatalities in Azuay province". Each part belongs to the place named after it (a holder key,
 * {@link ValueHolder}); a part that leaves its noun out counts what the count before it counts and is told with
 * its event. A count whose parts add up to it is the whole: it is held by no place, and is marked
 * {@link #WHOLE} so that it never meets a part held by a place in another report ("12 deaths" / "two
 * fatalities in Azuay"). When the parts do not add up, the first count is the first part ("Twelve of the
 * victims died in Quang Nam, five in Quang Ngai and two in Thua Thien Hue").
 */
final class Breakdowns {
    /** Holder key of the whole of a breakdown: no place's name can give it (names are letters only). */
    static final String WHOLE = ValueHolder.PREFIX + "*whole";

    private static final String PLACE = "(?:in|from|at)\\s+(?:the\\s+\\p{Ll}+\\s+of\\s+)?"
            + "(?<place>\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,3})";
    /** "12 in Quang Nam": the place right after a part that leaves its noun out. */
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+" + PLACE);
    /** "two fatalities in Azuay": the place after the noun of a part. */
    private static final Pattern PLACE_AFTER_NOUN = Pattern.compile("^\\s+[\\p{Ll}\\-]+\\s+" + PLACE);
    /** "Twelve of the victims died in Quang Nam, ": the place of a first part, in the text up to the next part. */
    private static final Pattern PLACE_IN_GAP = Pattern.compile("\\b" + PLACE);
    /**
     * What may stand between one part and the next: the rest of the part's own phrase, then a comma, an opening
     * parenthesis or "and" ("19 people in central Vietnam, 12", "are reported (11", "in Quang Nam and seven").
     */
    private static final Pattern LIST_GAP = Pattern.compile("[^;:()\"“”]{0,80}?(?:,|\\(|,?\\s+and)\\s*");
    private static final int MIN_PLACE_WORD = 3;

    private Breakdowns() {
    }

    /** The quantities of one sentence, in reading order, with the parts and wholes of breakdowns marked. */
    static List<Candidate> read(List<Candidate> inOrder, EventFrames frames) {
        List<Candidate> out = new ArrayList<>(inOrder);
        int i = 0;
        while (i < out.size()) {
            Candidate head = out.get(i);
            List<String> places = new ArrayList<>();
            int j = i + 1;
            if (isCount(head) && !head.thing().isEmpty()) {
                for (Candidate previous = head; j < out.size(); previous = out.get(j++)) {
                    String place = placeOfPart(previous, out.get(j));
                    if (place == null) {
                        break;
                    }
                    places.add(place);
                }
            }
            if (places.isEmpty()) {
                i++;
                continue;
            }
            double sum = 0;
            for (int k = 0; k < places.size(); k++) {
                Candidate part = out.get(i + 1 + k);
                sum += ((QuantityValue) part.value()).amount();
                out.set(i + 1 + k, asPart(part, out.get(i + k), places.get(k), frames));
            }
            out.set(i, sum == ((QuantityValue) head.value()).amount() ? withKeys(head, List.of(WHOLE))
                    : firstPart(head, out.get(i + 1)));
            i = j;
        }
        return out;
    }

    private static boolean isCount(Candidate c) {
        return c.kind() == FactKind.NUMBER && c.value() instanceof QuantityValue q && !q.ordinal();
    }

    /** The place a count is given for when it is the next part of a breakdown after {@code previous}, else null. */
    private static String placeOfPart(Candidate previous, Candidate c) {
        if (!isCount(c) || !LIST_GAP.matcher(gap(previous, c)).matches()) {
            return null;
        }
        String after = c.sentence().text().substring(c.end() - c.sentence().start());
        Matcher place = (c.thing().isEmpty() ? PLACE_AFTER : PLACE_AFTER_NOUN).matcher(after);
        return place.lookingAt() ? place.group("place") : null;
    }

    /** A part: held by its place; without a noun of its own it counts what the part before it counts. */
    private static Candidate asPart(Candidate part, Candidate previous, String place, EventFrames frames) {
        List<String> keys = new ArrayList<>(holderKeys(place));
        if (!part.thing().isEmpty()) {
            return withKeys(part, keys);
        }
        String text = previous.sentence().text();
        int base = previous.sentence().start();
        List<String> previousKeys = new ArrayList<>(previous.keys());
        previousKeys.addAll(frames.around(text, previous.start() - base, previous.end() - base, false));
        for (String k : previousKeys) {
            if (EventFrames.isFrame(k) && !keys.contains(k)) {
                keys.add(k);
            }
        }
        Candidate counted = new Candidate(part.sentence(), part.start(), part.end(), part.text(), part.kind(),
                part.value(), previous.thing(), part.keys(), previous.thingWord());
        return withKeys(counted, keys);
    }

    /** The first part of a breakdown whose parts do not add up to it: held by the last place before the next part. */
    private static Candidate firstPart(Candidate head, Candidate next) {
        Matcher m = PLACE_IN_GAP.matcher(gap(head, next));
        String place = null;
        while (m.find()) {
            place = m.group("place");
        }
        return place == null ? head : withKeys(head, holderKeys(place));
    }

    private static List<String> holderKeys(String place) {
        List<String> keys = new ArrayList<>();
        for (String word : place.split("\\s+")) {
            if (word.length() >= MIN_PLACE_WORD && !keys.contains(ValueHolder.key(word))) {
                keys.add(ValueHolder.key(word));
            }
        }
        return keys;
    }

    private static Candidate withKeys(Candidate c, List<String> added) {
        List<String> keys = new ArrayList<>(c.keys());
        added.stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        return new Candidate(c.sentence(), c.start(), c.end(), c.text(), c.kind(), c.value(), c.thing(), keys,
                c.thingWord());
    }

    private static String gap(Candidate first, Candidate second) {
        int base = first.sentence().start();
        return first.sentence().text().substring(first.end() - base, second.start() - base);
    }
}
