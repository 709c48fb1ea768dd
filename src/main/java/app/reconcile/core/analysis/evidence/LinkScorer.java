package app.reconcile.core.analysis.evidence;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how strongly two values of different articles state the same fact, from what surrounds them and
 * never from the values themselves: an equal value is no evidence of the same fact ("two" of anything is
 * common), and a differing one no evidence against it. The score is symmetric.
 *
 * <p>Signals and weights (docs/analysis.md, "Evidence"):
 * <ul>
 *   <li>{@code clause}: cosine of the two clauses' content lemmas weighted by rarity in the event (TF-IDF),
 *       the value itself left out;</li>
 *   <li>{@code thing}: the same counted thing (+1) or two different ones (-1);</li>
 *   <li>{@code verb}: the same governing verb;</li>
 *   <li>{@code names}: the share of proper nouns the two sentences have in common;</li>
 *   <li>{@code hedge}: both figures told with the same hedge ("up to", "as many as").</li>
 * </ul>
 */
final class LinkScorer {
    /** How many values of the event count each thing: a thing few values count says more when shared. */
    private final Map<String, Integer> thingCounts;
    private final double values;
    /** The clock times that are the only one their article tells (page time stamps aside). */
    private final Set<Reading> soleTimes;
    /** The dates and times on a page's own time stamp line, which are never compared. */
    private final Set<Reading> pageStamps;

    private LinkScorer(Map<String, Integer> thingCounts, int values, Set<Reading> soleTimes, Set<Reading> pageStamps) {
        this.thingCounts = thingCounts;
        this.values = Math.max(2, values);
        this.soleTimes = soleTimes;
        this.pageStamps = pageStamps;
    }

    /** A scorer for the values of one event, which it counts to weigh shared things by their rarity. */
    static LinkScorer forEvent(List<Reading> readings) {
        Map<String, Integer> counts = new HashMap<>();
        Map<Integer, Set<String>> times = new HashMap<>();
        List<Reading> storyTimes = new ArrayList<>();
        Set<Reading> stamps = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Reading r : readings) {
            r.things().forEach(t -> counts.merge(t, 1, Integer::sum));
            FactKind kind = r.candidate().kind();
            if ((kind == FactKind.DATE || kind == FactKind.TIME) && isTimestamp(r.tagged())) {
                stamps.add(r);
            } else if (kind == FactKind.TIME) {
                times.computeIfAbsent(r.candidate().article(), k -> new java.util.HashSet<>())
                        .add(r.candidate().value().canonical());
                storyTimes.add(r);
            }
        }
        Set<Reading> sole = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        storyTimes.stream().filter(r -> times.get(r.candidate().article()).size() == 1).forEach(sole::add);
        return new LinkScorer(counts, readings.size(), sole, stamps);
    }

    /**
     * A date or time on a page's own time stamp line ("September 17, 2013 03:16 PM ET", "Updated: 05:31"): when the
     * page was written, not when anything in the story happened. Two outlets' stamps differ as a rule, and are no
     * fact of the event to compare.
     */
    boolean pageStamp(Reading r) {
        return pageStamps.contains(r);
    }

    /**
     * Two clock times, each the only one its article tells: a report gives the time of its main event and
     * seldom another, so two reports that each give one time most likely time one thing, however differently
     * they word it ("going west in his Bentley about 1:30 a.m." / "driving his Bentley at about 1:00 am").
     */
    static final double SOLE_TIME = 0.2;

    private boolean soleTimes(Reading a, Reading b) {
        return soleTimes.contains(a) && soleTimes.contains(b);
    }

    /** The most tokens a time stamp line holds. */
    static final int TIMESTAMP_TOKENS = 12;

    /**
     * A page's own time stamp ("Posted 2/3/2009 11:11 PM", "Updated: Apr 02, 2009 11:06 PM CEST"): a short line
     * in which nothing happens, no verb but the page's own posting. Its time is when the page was written, not
     * a time the story tells.
     */
    static boolean isTimestamp(app.reconcile.core.analysis.reading.Tagged t) {
        if (t.size() > TIMESTAMP_TOKENS) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String lemma = t.lemma(i).toLowerCase(Locale.ROOT);
            if (t.isVerb(i) && !lemma.equals("post") && !lemma.equals("update") && !lemma.equals("publish")) {
                return false;
            }
        }
        return true;
    }

    /**
     * How specific a shared thing is, from 0.5 (counted by every value: "people") to 1 (by two values only:
     * "magnitude"), on a log scale like an inverse document frequency.
     */
    private double specificity(String thing) {
        int n = Math.max(1, thingCounts.getOrDefault(thing, 1));
        return 0.5 + 0.5 * Math.log(values / n) / Math.log(values);
    }
    static final double CLAUSE = 0.6;
    /** A local window is short, so its cosine runs high: discounted before it competes with the clause's. */
    static final double LOCAL = 0.8;
    static final double THING = 0.4;
    /** Two different counted things rule a pair out more surely than one shared thing rules it in. */
    static final double DIFFERENT_THING = 0.5;
    static final double VERB = 0.1;
    static final double NAMES = 0.15;
    static final double HOLDER = 0.2;
    /** Two values held by two different names ("a strike on Kyiv killed two" / "on Odesa killed three"). */
    static final double DIFFERENT_HOLDER = 0.5;
    /** Two values told beside two contradicting dates ("In 2021 ..." / "In 2023 ...") are two events. */
    static final double DATES = 1.0;
    /** A date or time says when something happened: the verb it dates is what it is about. */
    static final double DATED_VERB = 0.3;

    private static boolean dated(Reading r) {
        return r.candidate().kind() == FactKind.DATE || r.candidate().kind() == FactKind.TIME;
    }

    /** The score alone, as {@link #score} computes it, without building the words that explain it. */
    double value(Reading a, Reading b) {
        double clause = Math.max(a.clause().dot(b.clause()), LOCAL * a.local().dot(b.local()));
        double thing = thingValue(a, b);
        double verb = !a.verb().isEmpty() && a.verb().equals(b.verb()) ? 1 : 0;
        double holder = holderValue(a, b);
        double dates = differentDates(a, b) ? -1 : 0;
        return clause * CLAUSE + thing * (thing < 0 ? DIFFERENT_THING : THING) + verb * (dated(a) ? DATED_VERB : VERB)
                + holder * (holder < 0 ? DIFFERENT_HOLDER : HOLDER) + dates * DATES + jaccard(a.names(), b.names()) * NAMES
                + (soleTimes(a, b) ? SOLE_TIME : 0) + (sharedHedge(a, b).isEmpty() ? 0 : HEDGE);
    }

    /**
     * Two figures told with the same hedge ("up to 80 percent" / "up to 70 per cent", "as many as 233,000" / "as
     * many as 10,000"): reporters carry a source's hedge along with its figure, so a shared one is a small sign of
     * one statement. It is no part of the figure (a changed figure keeps its hedge), so it weighs the same
     * whether the figures agree or not.
     */
    static final double HEDGE = 0.1;

    /** The hedge both values are told with (as their canonical form writes it: "<=", "~", ...), else "". */
    static String sharedHedge(Reading a, Reading b) {
        String ha = hedge(a.candidate().value().canonical());
        return !ha.isEmpty() && ha.equals(hedge(b.candidate().value().canonical())) ? ha : "";
    }

    /** How an explanation reads each hedge of a canonical form. */
    private static final Map<String, String> HEDGE_WORDS = Map.of(">=", "at least", "<=", "up to", ">", "more than",
            "<", "less than", "~", "about");

    private static String hedge(String canonical) {
        for (String h : List.of(">=", "<=", ">", "<", "~")) {
            if (canonical.startsWith(h)) {
                return h;
            }
        }
        return "";
    }

    /** 1 x specificity for the most specific thing both count, -1 for two different things, else 0. */
    private double thingValue(Reading a, Reading b) {
        if (a.things().isEmpty() || b.things().isEmpty() || unrelatedSeries(a, b)) {
            return 0;
        }
        double best = 0;
        for (String t : a.things()) {
            if (b.things().contains(t)) {
                best = Math.max(best, specificity(t));
            }
        }
        // the noun after a date or a time is not what it counts ("at 8.49pm on the roof", "the December 6
        // killing" / "a bullet on 6 December"): a shared one may tell the event, a different one says nothing
        return best > 0 ? best : dated(a) || related(a.things(), b.things()) ? 0 : -1;
    }

    /**
     * Two ordinals whose nearby words share nothing rank in two series: "the fifth coach fired this season" and
     * "the 21st head coach in team history" both rank a coach, and say nothing about each other. A shared counted
     * thing is no evidence between them; the words that name the series ("fired this season") are. The thing
     * itself and the names around it do not name a series.
     */
    private static boolean unrelatedSeries(Reading a, Reading b) {
        return a.candidate().value() instanceof app.reconcile.core.analysis.value.QuantityValue qa && qa.ordinal()
                && b.candidate().value() instanceof app.reconcile.core.analysis.value.QuantityValue qb && qb.ordinal()
                && a.local().shared(b.local()).stream().allMatch(w -> a.names().contains(w) || b.names().contains(w)
                        || a.things().contains(w) || b.things().contains(w));
    }

    /** Words that share a stem this long, and at least this share of the shorter one, may be one thing. */
    static final int RELATED_PREFIX = 4;
    static final double RELATED_SHARE = 0.6;

    /**
     * Two things of one word family ("grandchildren" / "grandsons", "homers" / "home runs") are not evidence
     * of two facts: writers vary the noun, and without a thesaurus the engine cannot tell a kind of a thing
     * from another thing, so the pair is left to the other signals.
     */
    static boolean related(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                int shorter = Math.min(x.length(), y.length());
                int common = 0;
                while (common < shorter && x.charAt(common) == y.charAt(common)) {
                    common++;
                }
                if (common >= RELATED_PREFIX && common >= RELATED_SHARE * shorter) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double holderValue(Reading a, Reading b) {
        if (a.holder().isEmpty() || b.holder().isEmpty()) {
            return 0;
        }
        if (a.holder().equals(b.holder())) {
            return 1;
        }
        return a.names().contains(b.holder()) || b.names().contains(a.holder()) ? 0 : -1;
    }

    /**
     * Two values each told beside a date, where every date of one contradicts every date of the other ("In 2021
     * ..." / "In 2023 ..."). Dates that merely differ in precision or form ("December" / "on Saturday") say
     * nothing; nor do the dates beside a date, which are other dates of the story rather than its time.
     */
    private static boolean differentDates(Reading a, Reading b) {
        if (dated(a) || a.dates().isEmpty() || b.dates().isEmpty()) {
            return false;
        }
        return a.dates().stream().allMatch(x -> b.dates().stream().allMatch(y -> x.relate(y) == Relation.CONFLICT));
    }

    private static String dateList(Reading r) {
        return r.dates().stream().map(app.reconcile.core.analysis.value.FactValue::canonical)
                .collect(java.util.stream.Collectors.joining("/"));
    }

    Evidence score(Reading a, Reading b) {
        List<Evidence.Term> terms = new ArrayList<>(4);
        // the words right around both values can match when their long sentences do not
        double clause = Math.max(a.clause().dot(b.clause()), LOCAL * a.local().dot(b.local()));
        List<String> shared = a.clause().shared(b.clause());
        terms.add(new Evidence.Term("clause", clause, CLAUSE, String.format(Locale.ROOT,
                "clause similarity %.2f%s", clause, shared.isEmpty() ? "" : " (" + String.join(", ",
                        shared.subList(0, Math.min(5, shared.size()))) + ")")));
        terms.add(thing(a, b));
        boolean sameVerb = !a.verb().isEmpty() && a.verb().equals(b.verb());
        terms.add(new Evidence.Term("verb", sameVerb ? 1 : 0, dated(a) ? DATED_VERB : VERB,
                sameVerb ? "same verb: " + a.verb() : ""));
        terms.add(holder(a, b));
        boolean otherTime = differentDates(a, b);
        terms.add(new Evidence.Term("dates", otherTime ? -1 : 0, DATES, otherTime ? "set at different dates: "
                + dateList(a) + " vs " + dateList(b) : ""));
        double names = jaccard(a.names(), b.names());
        terms.add(new Evidence.Term("names", names, NAMES, names == 0 ? "" : String.format(Locale.ROOT,
                "shared names %.2f", names)));
        boolean sole = soleTimes(a, b);
        terms.add(new Evidence.Term("sole", sole ? 1 : 0, SOLE_TIME, sole ? "the only clock time of both articles" : ""));
        String hedge = sharedHedge(a, b);
        terms.add(new Evidence.Term("hedge", hedge.isEmpty() ? 0 : 1, HEDGE,
                hedge.isEmpty() ? "" : "both hedged \"" + HEDGE_WORDS.get(hedge) + "\""));
        double score = terms.stream().mapToDouble(Evidence.Term::contribution).sum();
        return new Evidence(score, terms);
    }

    private Evidence.Term thing(Reading a, Reading b) {
        double v = thingValue(a, b);
        if (v == 0 && unrelatedSeries(a, b) && !a.things().isEmpty() && !b.things().isEmpty()) {
            return new Evidence.Term("thing", 0, THING, "ordinals of two series: no shared word beside them");
        }
        if (v == 0) {
            return new Evidence.Term("thing", 0, THING, "");
        }
        if (v < 0) {
            return new Evidence.Term("thing", -1, DIFFERENT_THING, "different things counted: "
                    + String.join("/", a.things()) + " vs " + String.join("/", b.things()));
        }
        String shared = a.things().stream().filter(b.things()::contains)
                .max(java.util.Comparator.comparingDouble(this::specificity)).orElse("");
        return new Evidence.Term("thing", v, THING, String.format(Locale.ROOT, "same counted thing: %s (specificity %.2f)",
                shared, v));
    }

    /**
     * Whose value it is: the same name (+1), or two names neither sentence shares (-1): "Scott Russell, 46"
     * and "Tennant, 51" are two ages.
     */
    private static Evidence.Term holder(Reading a, Reading b) {
        if (a.holder().isEmpty() || b.holder().isEmpty()) {
            return new Evidence.Term("holder", 0, HOLDER, "");
        }
        if (a.holder().equals(b.holder())) {
            return new Evidence.Term("holder", 1, HOLDER, "same holder: " + a.holder());
        }
        if (a.names().contains(b.holder()) || b.names().contains(a.holder())) {
            return new Evidence.Term("holder", 0, HOLDER, "");
        }
        return new Evidence.Term("holder", -1, DIFFERENT_HOLDER, "different holders: " + a.holder() + " / " + b.holder());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int both = 0;
        for (String x : a) {
            if (b.contains(x)) {
                both++;
            }
        }
        return (double) both / (a.size() + b.size() - both);
    }
}
