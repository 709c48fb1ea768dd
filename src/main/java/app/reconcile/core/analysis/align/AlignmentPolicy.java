package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.DateValue;
import app.reconcile.core.analysis.value.FactValue;
import app.reconcile.core.analysis.value.QuantityValue;
import app.reconcile.core.analysis.value.Relation;
import app.reconcile.core.analysis.quantity.CountedThing;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.ValueHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When two values in two articles are taken to state the same fact. Agreement is cheap, a conflict needs
 * strong evidence: the same counted thing and a similar context, so that an article pair does not raise a
 * conflict for every number it contains.
 *
 * @param agreeContext       context similarity enough to join equal values that share a key
 * @param agreeContextAlone  ... or without a shared key
 * @param compatibleContext  context similarity for values that differ in precision
 * @param conflictContext    context similarity for contradicting values that count the same thing
 * @param conflictContextUncounted context similarity for contradicting dates and times (nothing is counted)
 * @param sameMagnitudeContext context similarity for the same counted thing with the same amount (hedged or
 *                             not) or an ordinal continuing a count: one event rarely gives such pairs twice
 * @param frameContext       context similarity for a contradiction whose values share an event frame
 * @param sameEventContext   context similarity for differing values of the same counted thing told with the same
 *                           specific frame (one event, one change): the rest of the sentences may share little
 */
public record AlignmentPolicy(double agreeContext, double agreeContextAlone, double compatibleContext,
                              double conflictContext, double conflictContextUncounted, double sameMagnitudeContext,
                              double frameContext, double sameEventContext) {
    /** Frames of the table too general to tell one event from another ("happened", "took place"). */
    private static final Set<String> GENERIC_FRAMES = Set.of(EventFrames.PREFIX + "occur",
            EventFrames.PREFIX + "start");

    public static AlignmentPolicy standard() {
        return new AlignmentPolicy(0.22, 0.30, 0.30, 0.40, 0.60, 0.10, 0.25, 0.05);
    }

    /**
     * What the aligner knows of a pair besides the values themselves.
     *
     * @param cosine      context similarity of the two values
     * @param samePhrase  the same words stand right before both values ("licensed to carry 250 people" /
     *                    "licensed to carry 205 people")
     * @param namesDiffer each sentence names someone or somewhere the other does not ({@link NamedPlaces})
     * @param parallelFigure both sentences also give the same figure of another counted thing ("183 passengers
     *                       and six crew" / "181 passengers and 6 crew"): one statement told twice
     */
    public record Evidence(double cosine, boolean samePhrase, boolean namesDiffer, boolean parallelFigure) {
        public static Evidence of(double cosine) {
            return new Evidence(cosine, false, false, false);
        }
    }

    /** The score of linking two candidates, or a negative number when they must not be linked. */
    public double score(Candidate a, Candidate b, Relation relation, double cosine) {
        return score(a, b, relation, Evidence.of(cosine));
    }

    /**
     * As {@link #score(Candidate, Candidate, Relation, double)} with what else the aligner knows of the pair. A
     * repeated phrase before both values is strong evidence of one fact, whatever the rest of the sentences say.
     * Names that differ veto a contradiction outright (the aligner never scores such pairs) and veto a
     * compatible pair that stands only on the same counted thing and frame.
     *
     * <p>Event frames ({@link EventFrames}) weigh in on contradictions: two values told with different frames
     * ("rescued 178" / "11 were missing") never conflict; a shared frame lets a contradiction of the same
     * thing, or of two clock times or dates, stand on less context ({@code frameContext}), and the same thing
     * told with the same specific frame on less still ({@code sameEventContext}).
     */
    public double score(Candidate a, Candidate b, Relation relation, Evidence evidence) {
        double cosine = evidence.cosine();
        boolean samePhrase = evidence.samePhrase();
        boolean sameThing = !a.thing().isEmpty() && a.thing().equals(b.thing());
        boolean sharedKey = sameThing || shares(a, b);
        boolean uncounted = a.kind() == FactKind.DATE || a.kind() == FactKind.TIME
                || a.kind() == FactKind.DURATION && a.thing().isEmpty() && b.thing().isEmpty();
        boolean sameMagnitude = sameThing && a.value() instanceof QuantityValue qa
                && b.value() instanceof QuantityValue qb && qa.sameMagnitude(qb);
        boolean differentThings = a.kind() == FactKind.NUMBER && !sameThing && !a.thing().isEmpty()
                && !b.thing().isEmpty();
        // (a distinctive figure of two different things is two facts: "bringing home 157 people" / "157 Russian
        // servicemen", the two sides of one swap)
        boolean cheap = sameMagnitude && relation != Relation.CONFLICT
                || relation == Relation.SAME && distinctive(a.value()) && !differentThings;
        boolean ok = cheap ? cosine >= sameMagnitudeContext : switch (relation) {
            case SAME -> sharedKey ? cosine >= agreeContext : cosine >= agreeContextAlone;
            case COMPATIBLE -> !toldOfDifferentEvents(a, b)
                    && (sharedKey ? cosine >= compatibleContext : cosine >= agreeContextAlone)
                    || sameThing && !evidence.namesDiffer() && !differentHolders(a, b) && sameEvent(a, b)
                    && cosine >= sameEventContext;
            case CONFLICT -> conflict(a, b, sameThing, uncounted, cosine, samePhrase || evidence.parallelFigure());
            // (a repeated phrase and an agreeing figure beside both are each evidence of one statement told twice)
            case INCOMPARABLE -> false;
        };
        if (!ok) {
            return -1;
        }
        return cosine + (sameThing ? 0.2 : sharedKey ? 0.1 : 0) + (relation == Relation.SAME ? 0.1 : 0);
    }

    /**
     * A value specific enough that two articles stating it are very likely stating the same fact: a day of a
     * month, or an amount that is not a small whole number ("50 days", "1.4 billion", "$200m", not "two").
     */
    private static boolean distinctive(FactValue v) {
        if (v instanceof DateValue d) {
            return d.day() > 0;
        }
        if (v instanceof QuantityValue q) {
            double base = q.dimension().equals("s") ? q.amount() / 86400 : q.amount();
            return base >= 13 || base != Math.rint(base);
        }
        return false;
    }

    /**
     * Both values have event frames and share none ("killing 34" / "injuring 165"). Such values are never one
     * fact when they differ: a bound such as "at least 34" would otherwise be compatible with any larger
     * figure of another event and take the place of its true counterpart.
     */
    private static boolean toldOfDifferentEvents(Candidate a, Candidate b) {
        List<String> fa = frames(a);
        List<String> fb = frames(b);
        return !fa.isEmpty() && !fb.isEmpty() && !anyShared(fa, fb);
    }

    private boolean conflict(Candidate a, Candidate b, boolean sameThing, boolean uncounted, double cosine,
                             boolean samePhrase) {
        List<String> fa = frames(a);
        List<String> fb = frames(b);
        boolean sharedFrame = anyShared(fa, fb);
        boolean attribute = sameThing && CountedThing.isAttribute(a.thing());
        // an age, or the date of a named thing ("a 2021 ruling"), is told with whatever verb the sentence has
        // ("aged 52, ... detained" / "55-year-old ... taken"; "failing to comply with" / "failing to implement")
        boolean ownsItsValue = attribute || uncounted && sameThing;
        if (!ownsItsValue && toldOfDifferentEvents(a, b) || differentHolders(a, b) || datesOfDifferentThings(a, b)) {
            return false;
        }
        if (attribute && sharedHolder(a, b)) {
            return true;
        }
        if (sharedFrame && sharedHolder(a, b)) {
            return (uncounted || sameThing) && cosine >= sameMagnitudeContext;
        }
        if (uncounted) {
            // one event has one landfall, one landing: two times or days told with the same specific frame
            // ("landed at 6:42 p.m." / "touched down at 6:24 p.m.") are one fact on weak context, as counts are
            if (sameEvent(a, b)) {
                return cosine >= sameEventContext;
            }
            // two dates of the same thing ("a December 2020 ruling" / "a 2021 ruling") need what two counts do
            return cosine >= (sharedFrame || sameThing ? frameContext : conflictContextUncounted);
        }
        if (!sameThing) {
            // nothing counted on either side, but the same words name both figures: "turnout was 61 percent" /
            // "turnout was 64 percent"
            return samePhrase && a.thing().isEmpty() && b.thing().isEmpty() && cosine >= frameContext;
        }
        if (samePhrase) {
            return cosine >= sameMagnitudeContext;
        }
        if (sameEvent(a, b)) {
            return cosine >= sameEventContext;
        }
        // the place of one event in its series ("the 63rd prisoner exchange" / "the 62nd exchange", "the 12th
        // straight day of protests" / "the 11th straight day"): one story's event has one, as it has one rank
        return cosine >= (sharedFrame || ordinals(a, b) ? frameContext : conflictContext);
    }

    /**
     * Two dates, one of them the date of a thing ("a 2021 ruling", the year a record reaches back to: "the
     * largest since 2019"), the other of something else or of no thing ("on Sunday"): never one fact, whatever
     * event frame the sentences share.
     */
    private static boolean datesOfDifferentThings(Candidate a, Candidate b) {
        return a.kind() == FactKind.DATE && !a.thing().equals(b.thing());
    }

    private static boolean ordinals(Candidate a, Candidate b) {
        return a.value() instanceof QuantityValue qa && qa.ordinal()
                && b.value() instanceof QuantityValue qb && qb.ordinal();
    }

    /**
     * Both values are told with the same specific frame of the table, and the specific frames of one are all
     * frames of the other (a sentence may tell a count with two frames: "the death toll rose to 31"):
     * two counts of one thing in one event ("At least 80 people are reported dead" / "killing at least 104
     * people"), or two sizes of one change of one thing ("Shares fell 6.2%" / "Shares in the group dropped
     * 6.4%"). Market and casualty sentences share few other words, so their context alone is weak evidence;
     * the named-places veto, different holders and the mutual-best check still apply. A frame that tells only
     * that something happened is not specific; the caller checks that both count the same thing.
     */
    private static boolean sameEvent(Candidate a, Candidate b) {
        List<String> fa = frames(a);
        List<String> fb = frames(b);
        boolean shared = false;
        for (String f : fa) {
            shared |= specific(f) && fb.contains(f);
        }
        return shared && (specificFramesWithin(fa, fb) || specificFramesWithin(fb, fa));
    }

    private static boolean specific(String frame) {
        return EventFrames.isTableFrame(frame) && !GENERIC_FRAMES.contains(frame);
    }

    /** Every specific frame of {@code a} is a frame of {@code b} too. */
    private static boolean specificFramesWithin(List<String> a, List<String> b) {
        for (String f : a) {
            if (specific(f) && !b.contains(f)) {
                return false;
            }
        }
        return true;
    }

    /** Each value is held by a name, and not the same one ("412,870 for Lopes" / "374,512 for Tavares"). */
    private static boolean differentHolders(Candidate a, Candidate b) {
        List<String> ha = holders(a);
        List<String> hb = holders(b);
        return !ha.isEmpty() && !hb.isEmpty() && !anyShared(ha, hb);
    }

    /** Both values are held by the same name ("Tavares conceded at 9:15" / "Tavares conceded at 9:40"). */
    private static boolean sharedHolder(Candidate a, Candidate b) {
        return anyShared(holders(a), holders(b));
    }

    /** Plain loops: these run for every scored pair of candidates, where streams cost more than the test. */
    private static boolean anyShared(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> holders(Candidate c) {
        List<String> out = new ArrayList<>(2);
        for (String k : c.keys()) {
            if (ValueHolder.isHolder(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<String> frames(Candidate c) {
        List<String> out = new ArrayList<>(2);
        for (String k : c.keys()) {
            if (EventFrames.isFrame(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean shares(Candidate a, Candidate b) {
        for (String k : a.keys()) {
            if (k.equals(b.thing()) || b.keys().contains(k)) {
                return true;
            }
        }
        return !a.thing().isEmpty() && b.keys().contains(a.thing());
    }
}
