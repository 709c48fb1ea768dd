package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names one article states in its sentences with values, each with the kinds of figure those sentences
 * give ("NUMBER:person"). The named-places veto sets aside a name that the other article also states, as a
 * country and its capital named by both reports ("Georgia's parliament" / "central Tbilisi"). It must not do so
 * when the other article gives that name a figure of its own: a report of a strike in Kyiv that killed 31 and
 * one in Zaporizhzhia that killed two names both places, and its two tolls are two facts.
 */
final class ArticleNames {
    private final Map<String, Set<String>> figuresByName = new HashMap<>();

    /** Records the names of {@code value}'s sentence as stated with a figure like {@code value}. */
    void add(NamedPlaces sentenceNames, Candidate value) {
        String figure = figureOf(value);
        for (String name : sentenceNames.definiteAndFirstWordNames()) {
            figuresByName.computeIfAbsent(name, n -> new HashSet<>()).add(figure);
        }
    }

    /**
     * Whether this article states {@code name}, in any spelling, and never in a sentence with a figure of the
     * same kind and counted thing as {@code value}.
     */
    boolean statesWithoutRivalFigure(String name, Candidate value) {
        Set<String> figures = figuresByName.get(name);
        if (figures == null) {
            figures = figuresOfSpelling(name);
        }
        return figures != null && !figures.contains(figureOf(value));
    }

    private Set<String> figuresOfSpelling(String name) {
        for (Map.Entry<String, Set<String>> e : figuresByName.entrySet()) {
            if (NamedPlaces.sameSpelledName(name, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String figureOf(Candidate value) {
        return value.kind().name() + ':' + value.thing();
    }
}
