package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.text.LightStemmer;
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
    static final int HOLDER_REACH = 8;

    private final LightStemmer stemmer = new LightStemmer();

    /** Lemmas of content words with their weights, the counted thing, the verb and the sentence's names. */
    record Words(Map<String, Double> clause, Map<String, Double> local, String thing, Set<String> things,
                 String verb, String holder, Set<String> names) {
    }

    Words read(Candidate c, Tagged t) {
        int offset = c.sentence().start();
        int first = t.firstOverlapping(c.start() - offset, c.end() - offset);
        int last = t.lastOverlapping(c.start() - offset, c.end() - offset);
        if (first < 0) {
            return new Words(Map.of(), Map.of(), "", Set.of(), "", "", Set.of());
        }
        Map<String, Double> clause = new LinkedHashMap<>();
        Map<String, Double> local = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            String lemma = stemmer.stem(clean(t.lemma(i)));
            if (lemma.isEmpty()) {
                continue;
            }
            if (t.isProperNoun(i)) {
                names.add(lemma);
            }
            if (t.isContent(i)) {
                int distance = i < first ? first - i : i - last;
                clause.merge(lemma, distance <= NEAR ? 1.0 : FAR_WEIGHT, Math::max);
                if (distance <= NEAR) {
                    local.put(lemma, 1.0);
                }
            }
        }
        String thing = thing(t, first, last, c.end() - offset);
        return new Words(clause, local, thing, things(c, t, last, thing), verb(t, first, last),
                holder(t, first, last), names);
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

    /**
     * Every word that may name what the value counts, as stems: the head found from the tags, the noun run
     * after the value ("7.6 magnitude quake": magnitude and quake, since taggers and writers differ on which
     * is the head) and the counted thing the extractor saw. Two values count the same thing when these meet.
     */
    private Set<String> things(Candidate c, Tagged t, int last, String thing) {
        Set<String> out = new LinkedHashSet<>();
        if (!thing.isEmpty()) {
            out.add(stemmer.stem(thing));
        }
        for (int i = last + 1; i < t.size() && i <= last + 4; i++) {
            if (t.tag(i).equals("ADJ") || t.tag(i).equals("NUM") || t.token(i).equals("-")) {
                continue;
            }
            if (!t.isNoun(i) || t.isProperNoun(i)) {
                break;
            }
            String lemma = clean(t.lemma(i));
            if (!lemma.isEmpty()) {
                out.add(stemmer.stem(lemma));
            }
        }
        if (!c.thing().isEmpty()) {
            out.add(c.thing());
        }
        return out;
    }

    /**
     * The name a value belongs to: the nearest proper noun within {@link #HOLDER_REACH} words, before it
     * ("Scott Russell, 46", "Klitschko (52-3") or after it ("46-year-old Scott Russell"), before on a tie.
     */
    static String holder(Tagged t, int first, int last) {
        for (int d = 1; d <= HOLDER_REACH; d++) {
            if (first - d >= 0 && t.isProperNoun(first - d)) {
                return clean(t.lemma(first - d));
            }
            if (last + d < t.size() && t.isProperNoun(last + d)) {
                return clean(t.lemma(last + d));
            }
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
