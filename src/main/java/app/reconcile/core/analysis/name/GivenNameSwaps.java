package app.reconcile.core.analysis.name;

import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.knowledge.WordList;
import app.reconcile.core.analysis.text.Words;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds one person given two given names by different articles: "the famous FBI director Herbert Hoover, ...
 * passed over" against "Felt, a J. Edgar Hoover loyalist, was ... passed over" (the conditions are
 * {@link NameSwaps}'s). Two forms of one given name are one name: an initial and the name it begins ("J." /
 * "James"), a middle name written or left out ("J. Edgar" / "Edgar"), a nickname ({@code nicknames.tsv}: "Jim" /
 * "James", "Dave" / "David") and a spelling ("Yury" / "Yuri", which is {@link NameVariantFinder}'s).
 *
 * <p>Only full names in two different articles are compared: one article naming "Warren Jeffs" and "Rulon Jeffs"
 * names a son and his father. A word the story writes in lower case ("north", "president") or a compass point is
 * no given name ("North Korea" / "South Korea").
 */
public final class GivenNameSwaps extends NameSwaps {
    /**
     * Words on each side of a name that tell its context. Wider than a surname swap's: a report names the person
     * the same way throughout, so the two names' sentences, not their neighbours, are what is told alike.
     */
    static final int WINDOW = 10;
    /** Given names at least this alike are one name spelled two ways ("Yury" / "Yuri", "Bryant" / "Bryan"). */
    static final double SPELLING = 0.85;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final KnowledgeTable NICKNAMES = KnowledgeTable.load("nicknames", "nickname name", "nickname name");
    /** Each name and nickname to the formal names it may stand for ("bill" -> william; "william" -> william). */
    private static final Map<String, Set<String>> FORMAL = formal();
    /** The one-word titles and roles of {@code titles.tsv} ("CEO", "senator"), which are no given names. */
    private static final Set<String> TITLE_WORDS = titleWords();
    private static final WordList INSTITUTION_WORDS = WordList.load("institution-words");

    private static Set<String> titleWords() {
        KnowledgeTable titles = KnowledgeTable.load("titles", "phrase role family", "phrase");
        Set<String> out = new HashSet<>();
        for (KnowledgeTable.Entry e : titles.entries()) {
            for (String w : List.of(e.get("phrase"), e.get("role"))) {
                String word = w.replace(".", "").toLowerCase(java.util.Locale.ROOT);
                if (!word.contains(" ")) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    private static Map<String, Set<String>> formal() {
        Map<String, Set<String>> out = new HashMap<>();
        for (KnowledgeTable.Entry e : NICKNAMES.entries()) {
            String name = e.get("name").toLowerCase(java.util.Locale.ROOT);
            out.computeIfAbsent(e.get("nickname").toLowerCase(java.util.Locale.ROOT), k -> new HashSet<>()).add(name);
            out.computeIfAbsent(name, k -> new HashSet<>()).add(name);
        }
        return out;
    }

    public GivenNameSwaps() {
        super(FullName::surname, FullName::given, WINDOW, "given name", false);
    }

    /** Whether two given names are one: a nickname, a spelling, an initial, or a middle name of the other. */
    @Override
    boolean sameName(String a, String b, List<FullName> namesA, List<FullName> namesB) {
        if (oneName(a, b)) {
            return true;
        }
        // "J. Edgar Hoover" / "John Hoover": the initial before the given name may be the other's first name
        for (FullName x : namesA) {
            for (FullName y : namesB) {
                if (initialOf(x.initials(), y.given()) || initialOf(y.initials(), x.given())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nicknames share a formal name ("bill" / "billy"); an initial stands for any name it begins. */
    static boolean oneName(String a, String b) {
        if (JARO_WINKLER.apply(a, b) >= SPELLING || initialOf(a, b) || initialOf(b, a)) {
            return true;
        }
        Set<String> fa = FORMAL.getOrDefault(a, Set.of(a));
        Set<String> fb = FORMAL.getOrDefault(b, Set.of(b));
        return fa.stream().anyMatch(fb::contains);
    }

    /**
     * Whether one or two letters ("j" for "J.", "aj" for "A.J." or "AJ", compacted) may be the initials of a name
     * ("james", "anthony"): they begin it. Read generously, since an initial tells too little to call two names two.
     */
    private static boolean initialOf(String initials, String name) {
        return !initials.isEmpty() && initials.length() <= 2 && !name.isEmpty()
                && initials.charAt(0) == name.charAt(0);
    }

    /**
     * A full name whose given name may be one: not a word the story writes in lower case ("north", "president"),
     * nor a stop word or compass point, nor a word written before two or more surnames (a title: "Senator Obama",
     * "Senator McCain"; or a name too common to tell a slip from another person), nor a title ({@code titles.tsv})
     * or a word the story writes before a full name ("Trooper Bill Hakim": "Trooper Hakim" is no given name). The
     * name must not go on a name before it ("Brian G. Nichols", "John W. Henry": the initial is a middle name)
     * unless that word is a title the story writes in lower case ("Director J. Edgar Hoover"); its surname must not
     * be the kind of an institution or place ("Lake County" / "Sonoma County").
     */
    @Override
    Predicate<FullName> accepting(List<FullName> all, Set<String> inLowerCase) {
        Map<String, Set<String>> surnamesOf = new HashMap<>();
        all.forEach(n -> surnamesOf.computeIfAbsent(n.given(), k -> new HashSet<>()).add(n.surname()));
        Set<String> titles = new HashSet<>(TITLE_WORDS);
        all.forEach(n -> titles.add(n.before()));
        return name -> !inLowerCase.contains(name.given()) && !Words.isStop(name.given())
                && !titles.contains(name.given())
                && !NameSimilarity.COMPASS.contains(name.given()) && surnamesOf.get(name.given()).size() < 2
                && (name.before().isEmpty() || inLowerCase.contains(name.before()))
                && !INSTITUTION_WORDS.contains(name.surname());
    }
}
