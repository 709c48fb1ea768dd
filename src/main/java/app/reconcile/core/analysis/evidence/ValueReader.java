package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.value.Candidate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what surrounds one value from the part-of-speech tags of its sentence. No word lists: what a value
 * counts is the noun phrase it quantifies, found from the tags alone.
 */
final class ValueReader {
    /** Words this close to the value weigh fully in its clause; further ones half (they may tell another fact). */
    static final int NEAR = 6;
    static final double FAR_WEIGHT = 0.5;

    /** Lemmas of content words with their weights, the counted thing, the verb and the sentence's names. */
    record Words(Map<String, Double> clause, String thing, String verb, Set<String> names) {
    }

    Words read(Candidate c, Tagged t) {
        int offset = c.sentence().start();
        int first = t.firstOverlapping(c.start() - offset, c.end() - offset);
        int last = t.lastOverlapping(c.start() - offset, c.end() - offset);
        if (first < 0) {
            return new Words(Map.of(), "", "", Set.of());
        }
        Map<String, Double> clause = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            String lemma = clean(t.lemma(i));
            if (lemma.isEmpty()) {
                continue;
            }
            if (t.isProperNoun(i)) {
                names.add(lemma);
            }
            if (t.isContent(i)) {
                int distance = i < first ? first - i : i - last;
                clause.merge(lemma, distance <= NEAR ? 1.0 : FAR_WEIGHT, Math::max);
            }
        }
        return new Words(clause, thing(t, first, last, c.end() - offset), verb(t, first, last), names);
    }

    /**
     * The noun a value quantifies: the head (last noun) of the noun run after it ("seven AK-47 assault rifles":
     * rifle), adjectives and hyphens allowed before it; failing that, the noun right before it that an
     * "of" or a "to" ties to it ("a magnitude of 7.6"). A noun hyphenated to the value is its unit
     * ("7.6-magnitude quake": magnitude; "an eight-year offer": year).
     */
    static String thing(Tagged t, int first, int last, int valueEnd) {
        int i = last + 1;
        if (i < t.size() && t.token(i).equals("-") && i + 1 < t.size() && t.isNoun(i + 1)) {
            return clean(t.lemma(i + 1));
        }
        if (i < t.size() && t.start(i) == valueEnd && t.token(i).startsWith("-") && t.token(i).length() > 1) {
            return clean(t.lemma(i));
        }
        while (i < t.size() && (t.tag(i).equals("ADJ") || t.tag(i).equals("NUM") || t.token(i).equals("-"))) {
            i++;
        }
        int head = -1;
        while (i < t.size() && t.isNoun(i)) {
            head = i++;
        }
        if (head >= 0) {
            return clean(t.lemma(head));
        }
        // "a magnitude of 7.6", "the toll rose to 12": the noun the preposition ties the value to
        int j = first - 1;
        if (j >= 1 && (t.tag(j).equals("ADP") || t.tag(j).equals("PART")) && t.isNoun(j - 1)
                && !t.isProperNoun(j - 1)) {
            return clean(t.lemma(j - 1));
        }
        return "";
    }

    /** The nearest verb before the value in its sentence, else the nearest after it. */
    static String verb(Tagged t, int first, int last) {
        for (int i = first - 1; i >= 0; i--) {
            if (t.isVerb(i)) {
                return clean(t.lemma(i));
            }
        }
        for (int i = last + 1; i < t.size(); i++) {
            if (t.isVerb(i)) {
                return clean(t.lemma(i));
            }
        }
        return "";
    }

    /** A lemma without edge punctuation ("-47s" reads "47s", "ko'" reads "ko"); "" for none left. */
    static String clean(String lemma) {
        int a = 0;
        int b = lemma.length();
        while (a < b && !Character.isLetterOrDigit(lemma.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(lemma.charAt(b - 1))) {
            b--;
        }
        String s = lemma.substring(a, b).toLowerCase(Locale.ROOT);
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.chars().anyMatch(Character::isLetter) ? s : "";
    }
}
