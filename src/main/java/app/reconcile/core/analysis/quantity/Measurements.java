package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.QuantityValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Measurements among the quantities of {@link QuantityExtractor}: which unit a matched figure is stated in
 * ({@link Units}), and what it counts. A measurement counts its dimension ("1.2 km" and "1,200 metres" both count
 * metres, as "500 metres" did before units were read), so that two lengths meet whatever unit each report uses
 * and a length never meets a weight; the noun it measures ("a 300-metre tower", "3.2m tonnes of coal") and the
 * word before it are further keys. A rate ("1 million barrels a day") counts its dimension per unit of time.
 */
final class Measurements {
    private final CountedThing countedThing;
    private final LightStemmer stemmer;

    Measurements(CountedThing countedThing, LightStemmer stemmer) {
        this.countedThing = countedThing;
        this.stemmer = stemmer;
    }

    /**
     * The unit of the quantity matched by {@code m} in {@code sentence} ("1.2 km", "a 300-metre tower", "1,200m
     * deep"), or null: a sum of money, a percentage or a count. "m" straight after the digits is a length only
     * where {@link MillionOrMetres} says so.
     *
     * @param rest the sentence after the match
     */
    static Units.Unit unit(Matcher m, String sentence, String rest) {
        if (m.group("cur") != null || m.group("curword") != null || m.group("pct") != null) {
            return null;
        }
        String measure = m.group("measure");
        if (measure != null) {
            return Units.of(measure).map(u -> Units.perHour(u, rest)).orElse(null);
        }
        String scale = m.group("scale2") != null ? m.group("scale2") : m.group("scale");
        boolean glued = scale != null && scale.equalsIgnoreCase("m") && m.group("unit") == null
                && m.group("points") == null;
        return glued && Character.isDigit(m.group("num").charAt(0))
                && MillionOrMetres.isMetres(sentence.substring(0, m.start()), rest)
                ? Units.perHour(Units.metre(), rest) : null;
    }

    /**
     * A temperature below zero: "-5C", "−5 °C", "minus 12 degrees" (the sign stands before the match, whose
     * number has none).
     */
    static boolean belowZero(Units.Unit unit, String sentence, int matchStart) {
        if (!unit.dimension().startsWith("°") || matchStart == 0) {
            return false;
        }
        char sign = sentence.charAt(matchStart - 1);
        if (sign == '-' || sign == '−') {
            return matchStart == 1 || !Character.isLetterOrDigit(sentence.charAt(matchStart - 2));
        }
        String before = sentence.substring(Math.max(0, matchStart - MINUS.length()), matchStart);
        return before.equalsIgnoreCase(MINUS) && (matchStart == MINUS.length()
                || !Character.isLetter(sentence.charAt(matchStart - MINUS.length() - 1)));
    }

    private static final String MINUS = "minus ";

    /**
     * The candidate of a measurement at [{@code from}, {@code to}) of {@code sentence}.
     *
     * @param wordBefore the stem of the content word right before the value ("reached"), or ""
     */
    Candidate candidate(Sentence sentence, int from, int to, QuantityValue value, Units.Unit unit, String wordBefore) {
        String s = sentence.text();
        List<String> keys = new ArrayList<>();
        String rest = Conversions.afterConversion(s.substring(to));
        if (rest.startsWith("-")) { // "a 400m-long runway": the runway
            int space = rest.indexOf(' ');
            rest = space < 0 ? "" : rest.substring(space);
        }
        CountedThing.Thing measured = countedThing.after(rest);
        if (!measured.stem().isEmpty()) {
            keys.add(measured.stem());
        }
        if (!wordBefore.isEmpty()) {
            keys.add(wordBefore);
        }
        String word = unit.word();
        String stem = stemmer.stem(word);
        // "150 kilometres (93 miles) per hour" is a speed (Units.perHour), not a rate of a length
        String per = unit.dimension().equals(Units.SPEED) ? "" : WhatIsCounted.rateUnit(rest);
        return new Candidate(sentence, sentence.start() + from, sentence.start() + to, s.substring(from, to),
                FactKind.NUMBER, value, per.isEmpty() ? stem : stem + "/" + per, keys,
                per.isEmpty() ? word : word + " a " + per);
    }
}
