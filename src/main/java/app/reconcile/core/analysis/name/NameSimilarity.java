package app.reconcile.core.analysis.name;

import app.reconcile.core.analysis.text.Words;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/** Spelling distance rules for names: transliteration variants are close, inflections are not variants. */
final class NameSimilarity {
    private static final int MIN_SKELETON = 3;
    /** Compass points ({@code bearings.tsv}): "West Germany" and "North Korea" are places, not given name and surname. */
    static final Set<String> COMPASS = app.reconcile.core.analysis.knowledge.KnowledgeTable
            .load("bearings", "phrase point", "phrase").lowerCaseSet("phrase", e -> true);
    private static final int MIN_SOUND_ALIKE = 7;
    /** Letters with a stroke, which Unicode does not decompose into a letter and a mark. */
    private static final Map<Character, Character> STROKES = Map.of('ø', 'o', 'ł', 'l', 'đ', 'd', 'ħ', 'h', 'ı', 'i');

    /** Endings that turn a noun in -y into an adjective or demonym (Italy/Italian, History/Historical). */
    private static final Set<String> FROM_Y = Set.of("", "ic", "ics", "ical", "ian", "ial", "an", "ans", "ians");

    private NameSimilarity() {
    }

    /**
     * One edit apart for short names, two for names of eight letters or more; same first letter, or both
     * opening with a vowel (transliterations: Eidani / Idani, Osama / Usama, Yevgenia / Evgenia).
     */
    static boolean closeSpelling(String a, String b) {
        if (a.equals(b) || a.charAt(0) != b.charAt(0) && !(opensWithVowel(a) && opensWithVowel(b))) {
            return false;
        }
        int min = Math.min(a.length(), b.length());
        int allowed = min >= 8 ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= allowed && levenshtein(a, b, allowed) <= allowed;
    }

    /**
     * Two spellings of one sound in a long name (Samarkand / Samarqand, Mikhailovsky / Michailovsky): the
     * letters differ only where Latin-script conventions differ ({@link #soundKey}), which two different names
     * of seven letters or more practically never do, so no neighbouring word is needed to anchor them.
     */
    static boolean sameSound(String a, String b) {
        return Math.min(a.length(), b.length()) >= MIN_SOUND_ALIKE && !a.equals(b) && soundKey(a).equals(soundKey(b));
    }

    /**
     * Transliterations that change two vowels of a short name keep its consonants: Dmytro / Dmitry,
     * Oleksandr / Aleksandr. Three consonants at least (Gaza / Giza prove nothing), and no more than two
     * letters more or fewer. Weaker than {@link #closeSpelling}: two people may bear two national forms of one
     * name (Vladimir Putin, Volodymyr Zelenskyy), so only a shared surname makes them one person.
     */
    static boolean sameSkeleton(String a, String b) {
        if (a.equals(b) || a.charAt(0) != b.charAt(0) && !(opensWithVowel(a) && opensWithVowel(b))) {
            return false;
        }
        String skeleton = Words.consonantSkeleton(soundKey(a));
        return skeleton.length() >= MIN_SKELETON && Math.abs(a.length() - b.length()) <= 2
                && skeleton.equals(Words.consonantSkeleton(soundKey(b)));
    }

    /**
     * A lower-case name with the letters that Latin-script conventions spell differently for one sound made
     * one: "ch", "kh", "ck", "q" and a hard "c" are "k" (Michael / Mikael, Mikhail / Michail), "ph" is "f",
     * "w" is "v" (Wladimir / Vladimir), and accents and strokes are dropped (Sørensen / Sorensen).
     */
    static String soundKey(String name) {
        String s = fold(name);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if ((c == 'c' || c == 'k') && next == 'h' || c == 'c' && next == 'k' || c == 'p' && next == 'h') {
                out.append(c == 'p' ? 'f' : 'k');
                i++;
            } else if (c == 'q' || c == 'c' && "eiy".indexOf(next) < 0) {
                out.append('k');
            } else {
                out.append(c == 'w' ? 'v' : c);
            }
        }
        return out.toString();
    }

    /** A lower-case name without accents and strokes: "sørensen" and "sorensen", "gulyás" and "gulyas". */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(STROKES.getOrDefault(c, c));
            }
        }
        return out.toString();
    }

    /**
     * A vowel, or a "y" before one: Russian and Ukrainian names open with "Ye", "Yu", "Ya" in one
     * transliteration and "E", "U", "A" or "Iu" in another (Yevgenia / Evgenia, Yekaterina / Ekaterina).
     */
    static boolean opensWithVowel(String name) {
        return isVowel(name.charAt(0)) || name.length() > 1 && name.charAt(0) == 'y' && isVowel(name.charAt(1));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * Whether two forms that differ only in an ending ("rait" / "raite") follow one given name ("Duncan Rait" /
     * "Duncan Raite"): then they are one person's surname spelled two ways, not a word and its derivative
     * (Russia / Russian; "West Germany" / "West German": a compass point is no given name). A plural ending stays a
     * plural ("Kansas City Chief" / "Chiefs", "Hurricane George" / "Georges" is left alone).
     *
     * @param neighboursA each capitalised word beside {@code a}, true when it follows, false when it comes before
     * @param notGiven    words that are never a given name before a surname ("University", "County")
     */
    static boolean oneGivenNameBefore(String a, Map<String, Boolean> neighboursA, String b,
                                      Map<String, Boolean> neighboursB, Set<String> notGiven) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.endsWith("s")) {
            return false;
        }
        for (var n : neighboursA.entrySet()) {
            String word = n.getKey();
            if (!n.getValue() && Boolean.FALSE.equals(neighboursB.get(word)) && !notGiven.contains(word)
                    && !Words.isStop(word) && !COMPASS.contains(word)
                    && !word.equals(fold(shorter))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Same stem with grammatical or derivational endings only: Russia/Russian, Ukraine/Ukrainian, Talk/Talks,
     * Geophysics/Geophysical, Nation/National, Economy/Economic, Germany/German. These are two words of one
     * language, not two spellings of one name. A final "y" is a derivational ending only after a letter other
     * than "y" and against an adjective ending ("", -ic, -ical, -ian, -ial, -an): Yury/Yuri and
     * Zelenskyy/Zelensky stay transliterations.
     */
    static boolean isInflection(String a, String b, Set<String> endings) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        String ea = a.substring(p);
        String eb = b.substring(p);
        return endings.contains(ea) && endings.contains(eb) || nounInY(a, p, ea, eb) || nounInY(b, p, eb, ea);
    }

    private static boolean nounInY(String noun, int stemLength, String nounEnding, String otherEnding) {
        return nounEnding.equals("y") && stemLength > 0 && noun.charAt(stemLength - 1) != 'y'
                && FROM_Y.contains(otherEnding);
    }

    static int levenshtein(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
