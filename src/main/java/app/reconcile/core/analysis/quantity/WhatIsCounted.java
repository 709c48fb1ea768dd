package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.knowledge.NumberNames;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.value.QuantityValue;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure counts, read from the words around it in its sentence: the noun after it or near it, the
 * subject of a change ("Shares ... fell 6%"), the event of a repeated ordinal ("for a fifth time"), cases of an
 * illness, the whole of a partitive, the unit of a rate ("€1m a day"), people for a bare count told with an
 * event that happens to people. {@link CountedThing} reads the words; this decides which reading applies.
 */
final class WhatIsCounted {
    /** Stem suffix of the whole of a partitive: its own thing, never the part's. */
    static final String WHOLE_SUFFIX = "*whole";
    private static final int WHOLE_BEFORE = 48;
    private static final String CASES = "cases";
    private static final Set<String> PEOPLE = Set.of("people", "persons");
    private static final int INFECTED_NEAR = 40;
    private static final Pattern INFECTED_BEFORE = Pattern.compile("(?i)\\b(?:infected|infecting|sickened|sickening)\\s+$");
    private static final Pattern INFECTED_AFTER = Pattern.compile(
            "(?i)\\s+(?:people|persons)\\s+(?:(?:have|had)\\s+been\\s+|were\\s+|are\\s+)?(?:infected|sickened)\\b");
    /**
     * "six of the country's ", "45 of its ", "two of the ": a count (in digits, or a number word of
     * {@code knowledge/number-words.tsv}), "of", determiners or a possessor, at the end.
     */
    private static final Pattern WHOLE_OF_PART = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:\\d[\\d,.]*|"
            + Alternation.of(NumberNames.cardinalWords(1, 12)) + "|[a-z]+(?:teen|ty))\\s+of\\s+"
            + "(?:(?:the|its|their|his|her|our|all)\\s+)?(?:[\\p{L}.-]+['’]s\\s+)?$");

    /** How far before a value its thing is looked for ("savings of", "Lopes, "): a few words, in chars. */
    private static final int NEAR_BEFORE = 40;
    /**
     * How far before a value the subject of a change is looked for ("Shares of the world's most valuable
     * technology company dived"), in chars.
     */
    private static final int CHANGE_BEFORE = 120;
    /**
     * A figure followed by one of these is the size of a change ("a 26 percent unit increase"): what changed is
     * named before it when it is named at all ("4.89 million Macs, a 26 percent unit increase"). From
     * {@code knowledge/change-nouns.tsv}.
     */
    private static final Set<String> CHANGE_NOUNS = KnowledgeTable.load("change-nouns", "noun tags", "noun")
            .lowerCaseSet("noun", e -> e.tagged("tags", "after"));

    /**
     * A measurement unit written as a hyphenated adjective before the measured noun ("7.8-magnitude"), or the
     * times something was won or held ("a two-time former heavyweight champion": two, of champions).
     */
    private static final Pattern MEASURE = Pattern.compile("-(magnitude|richter|time)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A rate: "€1m a day", "1 million euros for each day", "$5 per hour", also after a parenthesised
     * conversion ("€1m (£850,000) a day"). What a rate measures is the amount per unit, not a one-off sum.
     */
    private static final Pattern RATE = Pattern.compile(
            "\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:a|an|per|each|every|for\\s+each|for\\s+every)\\s+(hour|day|week|month|year)\\b"
                    + "(?!\\s+(?:earlier|ago|before|later|previously|on))", // "£508m a year earlier" is a sum
            Pattern.CASE_INSENSITIVE);

    private final CountedThing countedThing;
    private final LightStemmer stemmer;

    WhatIsCounted(CountedThing countedThing, LightStemmer stemmer) {
        this.countedThing = countedThing;
        this.stemmer = stemmer;
    }

    /**
     * What the value at [{@code from}, {@code to}) of sentence {@code s} counts, and the measure word of a
     * hyphenated measurement ("7.8-magnitude" gives "magnitud").
     */
    record Counted(CountedThing.Thing thing, String measure) {
    }

    /** @param known what the value counts when already known (a rank), else null */
    Counted of(String s, int from, int to, FactKind kind, double amount, boolean ordinal, CountedThing.Thing known) {
        String rest = s.substring(to);
        Matcher measure = MEASURE.matcher(rest);
        boolean hyphenMeasure = measure.lookingAt();
        CountedThing.Thing thing = known != null ? known
                : crowd(s, from, kind) ? new CountedThing.Thing(stemmer.stem(PEOPLE_WORD), PEOPLE_WORD, List.of())
                : Ages.oldFollows(rest) ? CountedThing.Thing.NONE // "the 11-year old girl": an age, not girls
                : countedThing.after(hyphenMeasure ? rest.substring(measure.end()) : rest);
        if (thing.stem().isEmpty() && kind != FactKind.PERCENT) {
            thing = countedThing.around(s.substring(Math.max(0, from - NEAR_BEFORE), from), rest, amount);
        }
        if (thing.stem().isEmpty() || CHANGE_NOUNS.contains(thing.word())) {
            int start = Math.max(0, from - CHANGE_BEFORE);
            if (start > 0) {
                int space = s.indexOf(' ', start); // never a truncated word
                start = space < 0 || space >= from ? from : space + 1;
            }
            CountedThing.Thing changed = countedThing.ofChange(s.substring(start, from), rest, start == 0);
            thing = changed.stem().isEmpty() ? thing : changed;
        }
        if (ordinal && thing.word().equals("time")) {
            String event = Streaks.eventOfTimes(s.substring(0, from)).orElse("");
            thing = event.isEmpty() ? thing : new CountedThing.Thing(stemmer.stem(event), event, thing.secondary());
        }
        if (thing.stem().isEmpty() && kind == FactKind.PERCENT) {
            thing = countedThing.changeOf(s.substring(Math.max(0, from - CHANGE_BEFORE), from));
        }
        if (PEOPLE.contains(thing.word()) && infected(s, from, to)) {
            thing = new CountedThing.Thing(stemmer.stem(CASES), CASES, thing.secondary());
        }
        if (!thing.stem().isEmpty() && isWholeOfPart(s, from)) {
            thing = new CountedThing.Thing(thing.stem() + WHOLE_SUFFIX, thing.word(), thing.secondary());
        }
        Matcher rate = RATE.matcher(rest);
        if (thing.stem().isEmpty() && kind == FactKind.MONEY && rate.lookingAt()) {
            String unit = rate.group(1).toLowerCase(Locale.ROOT);
            thing = new CountedThing.Thing("per-" + unit, "a " + unit, List.of());
        }
        return new Counted(thing, hyphenMeasure ? stemmer.stem(measure.group(1).toLowerCase(Locale.ROOT)) : "");
    }

    /**
     * "A crowd of 82,000 watched", "an attendance of 78,500", "a crowd of more than 80,000": the figure counts
     * people (as "82,000 fans" and "78,500 supporters" do), whatever verb follows it. A cheap test first.
     */
    private static boolean crowd(String s, int from, FactKind kind) {
        int start = Math.max(0, from - CROWD_BEFORE);
        return kind == FactKind.NUMBER && s.lastIndexOf(" of ", from) >= start
                && CROWD_OF.matcher(s.substring(start, from)).find();
    }

    private static final int CROWD_BEFORE = 40;
    private static final String PEOPLE_WORD = "people";
    private static final Pattern CROWD_OF = Pattern.compile(
            "(?i)\\b(?:crowd|audience|attendance|gate)\\s+of\\s+(?:some\\s+|about\\s+|around\\s+|more\\s+than\\s+"
                    + "|nearly\\s+|almost\\s+|over\\s+|at\\s+least\\s+)?$");

    /** The unit of time of a rate right at the start of {@code rest} ("a day", "per hour"), or "". */
    static String rateUnit(String rest) {
        Matcher rate = RATE.matcher(rest);
        return rate.lookingAt() ? rate.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** A measurement unit written as a hyphenated adjective right at the start of {@code rest}. */
    static boolean isMeasure(String rest) {
        return MEASURE.matcher(rest).lookingAt();
    }

    /**
     * A bare count that neither its own words nor a neighbour's name counts people when it is told with an
     * event that happens to people ("11 remain missing", "killing 12"): see {@link CountedThing#people}.
     */
    Candidate peopleWhenUncounted(Candidate c) {
        if (!c.thing().isEmpty() || c.kind() != FactKind.NUMBER
                || c.value() instanceof QuantityValue q && q.ordinal()) {
            return c;
        }
        String s = c.sentence().text();
        int from = c.start() - c.sentence().start();
        CountedThing.Thing people = countedThing.people(s.substring(Math.max(0, from - NEAR_BEFORE), from),
                s.substring(c.end() - c.sentence().start()));
        return people.stem().isEmpty() ? c : new Candidate(c.sentence(), c.start(), c.end(), c.text(), c.kind(),
                c.value(), people.stem(), c.keys(), people.word());
    }

    /**
     * People an illness infected are its cases: "has infected 4,218 people", "4,218 people were infected" /
     * "4,812 confirmed cases". A cheap test ("infect" or "sicken" near the value) runs before the patterns.
     */
    private static boolean infected(String s, int from, int to) {
        String near = s.substring(Math.max(0, from - INFECTED_NEAR), Math.min(s.length(), to + INFECTED_NEAR));
        if (!near.contains("infect") && !near.contains("sicken")) {
            return false;
        }
        return INFECTED_BEFORE.matcher(s.substring(Math.max(0, from - INFECTED_NEAR), from)).find()
                || INFECTED_AFTER.matcher(s.substring(to)).lookingAt();
    }

    /**
     * The value is the whole a part is taken from ("six of the country's nine regions", "45 of its 310 shops"):
     * it counts the same noun as the part but is another figure, so it must never meet a part told elsewhere
     * ("Six regions have reported cases"). A cheap test (" of " just before the value) runs before the pattern.
     */
    private static boolean isWholeOfPart(String s, int from) {
        int start = Math.max(0, from - WHOLE_BEFORE);
        int of = s.lastIndexOf(" of ", from);
        return of >= start && WHOLE_OF_PART.matcher(s.substring(start, from)).find();
    }

}
