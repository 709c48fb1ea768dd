package app.reconcile.core.analysis.evidence;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.FactValue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
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
    static final int HOLDER_AFTER = 3;
    /** A date this close to a value dates it ("In 2021 the court ordered Poland to pay €1m"). */
    static final int DATE_REACH = 8;

    private final LightStemmer stemmer = new LightStemmer();

    /** Lemmas of content words with their weights, the counted thing, the verb and the sentence's names. */
    record Words(Map<String, Double> clause, Map<String, Double> local, String thing, Set<String> things,
                 String verb, String holder, Set<String> names, List<FactValue> dates) {
    }

    /**
     * @param sentenceValues every value read in the same sentence, {@code c} included: their words are values,
     *                       not context ("on Wednesday" names no holder and is no clause word), and the dates
     *                       among them that stand near {@code c} say when it happened
     */
    Words read(Candidate c, Tagged t, List<Candidate> sentenceValues) {
        int offset = c.sentence().start();
        int first = t.firstOverlapping(c.start() - offset, c.end() - offset);
        int last = t.lastOverlapping(c.start() - offset, c.end() - offset);
        if (first < 0) {
            return new Words(Map.of(), Map.of(), "", Set.of(), "", "", Set.of(), List.of());
        }
        boolean[] isValue = new boolean[t.size()];
        Map<String, FactValue> dates = new java.util.TreeMap<>();
        for (Candidate v : sentenceValues) {
            int vf = t.firstOverlapping(v.start() - offset, v.end() - offset);
            int vl = t.lastOverlapping(v.start() - offset, v.end() - offset);
            for (int i = Math.max(0, vf); vf >= 0 && i <= vl; i++) {
                isValue[i] = true;
            }
            boolean near = vf >= 0 && (vf > last ? vf - last : first - vl) <= DATE_REACH;
            if (v != c && near && v.kind() == FactKind.DATE && !v.value().canonical().equals(c.value().canonical())) {
                dates.putIfAbsent(v.value().canonical(), v.value());
            }
        }
        Map<String, Double> clause = new LinkedHashMap<>();
        Map<String, Double> local = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (i >= first && i <= last || isValue[i]) {
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
        if (isAge(c)) {
            // "a 12-year-old girl": the noun after an age is whose age it is, not something the age counts
            return new Words(clause, local, c.thing(), Set.of(thingStem(c.thing())), verb(t, first, last),
                    ageHolder(t, first, last, isValue), names, List.copyOf(dates.values()));
        }
        String thing = thing(t, first, last, c.end() - offset);
        // a title belongs to the person it is written with ("CEO Larry Lucchino"), read by the extractor
        String holder = c.kind() == FactKind.ROLE ? c.thing() : holder(t, first, last, isValue);
        return new Words(clause, local, thing, things(c, t, last, thing), verb(t, first, last),
                holder, names, List.copyOf(dates.values()));
    }

    /**
     * The noun run a value quantifies, as token indexes {@code [start, end)}: the nouns after it, adjectives,
     * numbers and hyphens allowed before them ("seven AK-47 assault rifles"); after the last of coordinated
     * values ("the 7.6 and 7.5 magnitude quakes", "two to three boats"); failing those, the nouns of an "of"
     * that follows it ("80 percent of Egypt's internet services"). {@code start == end} when there is none.
     */
    static int[] nounRun(Tagged t, int last) {
        int i = last + 1;
        while (i + 1 < t.size() && (t.tag(i).equals("CCONJ") || t.token(i).equalsIgnoreCase("to"))
                && t.tag(i + 1).equals("NUM")) {
            i += 2;
        }
        int[] run = runFrom(t, i);
        if (run[0] == run[1] && i < t.size() && t.token(i).equalsIgnoreCase("of")) {
            int j = i + 1;
            // "10 of the Saints' 16 games", "two of the team's five losses": a possessive before the count is
            // whose things they are, not what is counted
            while (j < t.size() && (t.tag(j).equals("DET") || t.tag(j).equals("PRON") || possessive(t.token(j))
                    || t.isNoun(j) && j + 1 < t.size() && possessive(t.token(j + 1)) || endsPossessive(t.token(j)))) {
                j++;
            }
            run = runFrom(t, j);
        }
        return run;
    }

    /** A possessive mark as the tokenizer leaves it: "'s", "’s", or the bare apostrophe of a plural ("Saints'"). */
    private static boolean possessive(String token) {
        return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
    }

    /** A word the tokenizer kept whole with its possessive ("plant's", "team’s", tagged "NOUN+PART"). */
    private static boolean endsPossessive(String token) {
        return token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"));
    }

    private static int[] runFrom(Tagged t, int from) {
        int i = from;
        while (i < t.size() && (t.tag(i).equals("ADJ") || t.tag(i).equals("NUM") || t.token(i).equals("-"))) {
            i++;
        }
        int start = i;
        while (i < t.size() && t.isNoun(i)) {
            i++;
        }
        return new int[] {start, i};
    }

    /**
     * The noun a value quantifies: the head (last noun) of its {@link #nounRun}; a noun hyphenated to it is its
     * unit ("7.6-magnitude quake": magnitude; "an eight-year offer": year); failing those, the noun right before
     * it that an "of" or a "to" ties to it ("a magnitude of 7.6").
     */
    static String thing(Tagged t, int first, int last, int valueEnd) {
        int i = last + 1;
        if (i < t.size() && t.token(i).equals("-") && i + 1 < t.size() && t.isNoun(i + 1)) {
            return clean(t.lemma(i + 1));
        }
        if (i < t.size() && t.start(i) == valueEnd && t.token(i).startsWith("-") && t.token(i).length() > 1) {
            return clean(t.lemma(i));
        }
        // "a deal worth nearly $80 million last summer": a value that is what something is worth measures
        // that thing, whatever follows it
        if (first >= 2 && t.lemma(first - 1).equalsIgnoreCase("worth") && t.isNoun(first - 2)
                && !t.isProperNoun(first - 2)) {
            return clean(t.lemma(first - 2));
        }
        int[] run = nounRun(t, last);
        if (run[1] > run[0]) {
            return clean(t.lemma(run[1] - 1));
        }
        int j = first - 1;
        if (j >= 1 && (t.tag(j).equals("ADP") || t.tag(j).equals("PART")) && t.isNoun(j - 1)
                && !t.isProperNoun(j - 1)) {
            return clean(t.lemma(j - 1));
        }
        return "";
    }

    /**
     * Every word that may name what the value counts, as stems: the head found above, every noun of the run
     * ("7.6 magnitude quake": magnitude and quake, since taggers and writers differ on which is the head) and
     * the counted thing the extractor saw. Two values count the same thing when these meet.
     */
    private Set<String> things(Candidate c, Tagged t, int last, String thing) {
        Set<String> out = new LinkedHashSet<>();
        if (!thing.isEmpty()) {
            out.add(thingStem(thing));
        }
        int[] run = nounRun(t, last);
        for (int i = run[0]; i < run[1]; i++) {
            String lemma = clean(t.lemma(i));
            if (!lemma.isEmpty()) {
                out.add(thingStem(lemma));
            }
        }
        if (!c.thing().isEmpty()) {
            out.add(thingStem(c.thing()));
        }
        return out;
    }

    /** A stem that also meets a short plural the stemmer leaves alone ("KOs" / "KO's"). */
    private String thingStem(String word) {
        String s = stemmer.stem(word);
        return s.length() > 2 && s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The name a value belongs to: the nearest proper noun within {@link #HOLDER_REACH} words before it
     * ("Scott Russell, 46", "Klitschko (52-3") or {@link #HOLDER_AFTER} after it ("46-year-old Scott Russell");
     * a name further after it is more often the source ("injuring 12, chief Ivan Fedorov said").
     */
    static String holder(Tagged t, int first, int last, boolean[] isValue) {
        int[] counted = nounRun(t, last);
        for (int d = 1; d <= HOLDER_REACH; d++) {
            if (first - d >= 0 && t.isProperNoun(first - d) && !isValue[first - d]) {
                return clean(t.lemma(first - d));
            }
            int after = last + d;
            boolean inCount = after >= counted[0] && after < counted[1];
            if (d <= HOLDER_AFTER && after < t.size() && t.isProperNoun(after) && !isValue[after] && !inCount
                    && !introducesValue(isValue, after)) {
                return clean(t.lemma(last + d));
            }
        }
        return "";
    }

    private static boolean isAge(Candidate c) {
        return c.kind() == FactKind.NUMBER && app.reconcile.core.analysis.quantity.CountedThing.isAttribute(c.thing());
    }

    /**
     * Whose age a value is. Written "N-year-old", it describes the noun after it ("a 12-year-old girl", "the
     * 55-year-old Jeffs"), whatever name stands before; used as a noun ("sex with a 12-year-old") it is the age of
     * someone unnamed. Otherwise ("Jeffs, 55", "aged 55") the name near it, as for any value.
     */
    static String ageHolder(Tagged t, int first, int last, boolean[] isValue) {
        // the tokenizer may keep "12-year-old" whole or split it
        int old = t.token(last).toLowerCase(Locale.ROOT).matches(".*-olds?") ? last : last + 1;
        while (old < t.size() && old <= last + 3 && !t.token(old).toLowerCase(Locale.ROOT).matches("-?olds?")) {
            old++;
        }
        if (old >= t.size() || old > last + 3) {
            return holder(t, first, last, isValue);
        }
        int[] run = runFrom(t, old + 1);
        return run[1] > run[0] ? clean(t.lemma(run[1] - 1)) : "";
    }

    /** A name right before another value is that value's holder ("police on 0845 ... or Crimestoppers on 0800"). */
    private static boolean introducesValue(boolean[] isValue, int name) {
        for (int i = name + 1; i < isValue.length && i <= name + HOLDER_AFTER; i++) {
            if (isValue[i]) {
                return true;
            }
        }
        return false;
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
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.chars().anyMatch(Character::isLetter) ? s : "";
    }
}
