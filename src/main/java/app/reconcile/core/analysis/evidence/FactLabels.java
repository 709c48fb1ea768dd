package app.reconcile.core.analysis.evidence;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.reading.Tagged;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Names a fact in a few words an editor reads at a glance, from what the evidence read around its values:
 * what it counts, what happened and whose value it is, as most of its mentions write them: "KOs (Klitschko)",
 * "bridges collapsed (Papua)", "when Felt died". No word lists: the words are the articles' own.
 */
final class FactLabels {
    private FactLabels() {
    }

    static String label(List<Reading> members) {
        FactKind kind = members.get(0).candidate().kind();
        String holder = majority(members, FactLabels::holderWord);
        String verb = majority(members, FactLabels::verbWord);
        if (kind == FactKind.DATE || kind == FactKind.TIME) {
            String what = kind == FactKind.TIME ? "time" : "date";
            if (!verb.isEmpty() && !holder.isEmpty()) {
                return "when " + holder + " " + verb;
            }
            return join(what, verb, holder);
        }
        String thing = majority(members, FactLabels::thingWord);
        if (kind == FactKind.ROLE) {
            return possessive(majority(members, r -> r.candidate().thingWord())) + " title"; // "Larry Lucchino's title"
        }
        if (!holder.isEmpty() && isAttribute(members.get(0))) {
            return possessive(holder) + " " + thing; // "Klitschko's record", "Jeffs' age"
        }
        if (kind == FactKind.DIRECTION) {
            return join("direction from " + thing, "", holder); // the place is the thing: "direction from Aden"
        }
        return join(thing.isEmpty() ? kind.name().toLowerCase(Locale.ROOT) : thing, verb, holder);
    }

    /**
     * Whether the fact is something its holder has one of, so that the holder names it ("Klitschko's record"):
     * an age or a win-loss record. A count of things is not ("Klitschko's KOs" would hide what happened).
     */
    private static boolean isAttribute(Reading r) {
        return r.candidate().value() instanceof app.reconcile.core.analysis.value.RecordValue
                && r.candidate().thing().equals("record")
                || app.reconcile.core.analysis.quantity.CountedThing.isAttribute(r.candidate().thing());
    }

    /** "Klitschko's", and "Jeffs'" for a name ending in s. */
    static String possessive(String name) {
        return name.endsWith("s") || name.endsWith("S") ? name + "'" : name + "'s";
    }

    /** "people killed (Papua)", "wives alleged (Blackmore)", "date (withdrew)". */
    private static String join(String what, String verb, String holder) {
        String s = verb.isEmpty() ? what : what + " " + verb;
        return holder.isEmpty() ? s : s + " (" + holder + ")";
    }

    /** The most frequent non-empty word among the members; on a tie, one not ending in "-ing", then the first met. */
    private static String majority(List<Reading> members, Function<Reading, String> word) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Reading r : members) {
            String w = word.apply(r);
            if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        // on a tie, a finished form reads better in a label than an "-ing" one ("people killed", not "killing")
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> !e.getKey().endsWith("ing")))
                .map(Map.Entry::getKey).orElse("");
    }

    /** What the value counts, as written: the extractor's word ("boats"), else the head noun's token. */
    private static String thingWord(Reading r) {
        if (!r.candidate().thingWord().isEmpty()) {
            return r.candidate().thingWord();
        }
        return ValueReader.clean(tokenWithLemma(r, r.thing(), false));
    }

    private static String holderWord(Reading r) {
        return tokenWithLemma(r, r.holder(), true);
    }

    /** The verb as written, unless it only reports or links ("said", "has", "according"): those name no event. */
    private static String verbWord(Reading r) {
        return NO_EVENT.contains(r.verb()) ? "" : tokenWithLemma(r, r.verb(), false);
    }

    private static final java.util.Set<String> NO_EVENT = java.util.Set.of("say", "tell", "report", "accord", "have",
            "be", "do");

    /** The token of the value's sentence nearest to the value whose lemma is {@code lemma}, as written. */
    private static String tokenWithLemma(Reading r, String lemma, boolean properNoun) {
        if (lemma.isEmpty()) {
            return "";
        }
        Tagged t = r.tagged();
        int at = t.firstOverlapping(r.candidate().start() - r.candidate().sentence().start(),
                r.candidate().end() - r.candidate().sentence().start());
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            if (ValueReader.clean(t.lemma(i)).equals(lemma) && (!properNoun || t.isProperNoun(i))
                    && Math.abs(i - at) < bestDistance) {
                best = t.token(i);
                bestDistance = Math.abs(i - at);
            }
        }
        return best;
    }
}
