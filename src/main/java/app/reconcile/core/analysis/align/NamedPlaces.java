package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.Words;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.ValueHolder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names a sentence mentions (capitalised words after the first), reduced to a five-letter prefix so
 * that spelling variants (Zaporizhzhya / Zaporizhzhia) still meet. Used as a veto: two sentences that both
 * name someone or somewhere the other does not ("two killed in Kyiv" / "three killed in Odesa"), are
 * not two versions of one fact, however alike their other words.
 */
final class NamedPlaces {
    static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "president", "minister", "secretary", "the", "this", "that",
            "prime", "state", "news", "agency", "officials", "official", "ministry", "mr", "mrs", "ms",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final int PREFIX = 5;
    /**
     * Marks a sentence's first word: capitalised whatever it is ("Ukraine has brought home 157 people" /
     * "Emaciated, 153 Ukrainians returned"), so it is matched against the other sentence's names but names no
     * one of its own.
     */
    static final String MAYBE = "?";
    private static final int MIN_SKELETON = 3;
    /** A year the sentence's event is set in ("In 2021 it ordered"), not the date of a thing ("a 2021 ruling"). */
    private static final Pattern YEAR = Pattern.compile("(?i)(?<![\\p{L}])in\\s+((?:19|20)\\d\\d)(?![\\p{N}%])");
    /**
     * Where the story was filed and by whom, not a name it tells of: "LUXEMBOURG, Aug 6 (Reuters) - ", "CAIRO (AP) — ",
     * "LAUTARO, Chile -- " (a place in capitals), "Reporting from Temuco, Chile — ". Two reports of one event filed
     * from different towns would otherwise each name a place the other does not.
     */
    static final Pattern DATELINE = Pattern.compile("^(?:[^()]{0,60}\\([^()]{1,30}\\)\\s*[-–—]+"
            + "|(?:\\p{Lu}{2}[\\p{Lu}\\p{M} .'’-]{0,30}(?:,[^,()\\-–—]{2,30}){0,3}|Reporting from [^()–—]{2,60}?)"
            // a hyphen only between spaces: "UK-based" opens no dateline
            + "(?:\\s+-{1,2}(?=\\s)|\\s*[–—])"
            + ")\\s*");

    private final Set<String> names;
    /** The years the sentence sets its event in: [start, end) in the sentence. */
    private final List<int[]> years;
    /** Nationality words qualifying a noun ({@link Demonyms}): [start, name prefix] in the sentence. */
    private final List<Demonyms.Qualifier> qualifiers;

    private NamedPlaces(Set<String> names, List<int[]> years, List<Demonyms.Qualifier> qualifiers) {
        this.names = names;
        this.years = years;
        this.qualifiers = qualifiers;
    }

    /** Reads the names and event years of a sentence once, for all of its values. */
    static NamedPlaces in(Sentence s) {
        List<int[]> years = new ArrayList<>();
        Matcher y = YEAR.matcher(s.text());
        while (y.find()) {
            years.add(new int[] {y.start(1), y.end(1)});
        }
        List<Demonyms.Qualifier> qualifiers = Demonyms.qualifiers(s.text());
        Set<Integer> skip = new HashSet<>();
        qualifiers.forEach(q -> skip.add(q.start()));
        return new NamedPlaces(of(s, skip), years, qualifiers);
    }

    static Set<String> of(Sentence s) {
        return of(s, Set.of());
    }

    /** The names of a sentence but for the capitalised words that start at {@code skip}. */
    private static Set<String> of(Sentence s, Set<Integer> skip) {
        Set<String> out = new HashSet<>();
        String text = s.text();
        Matcher dateline = DATELINE.matcher(text);
        int regionStart = dateline.lookingAt() ? dateline.end() : 0;
        boolean first = true;
        int from = regionStart;
        List<String> run = new ArrayList<>(); // capitalised words one space apart: one name ("Delancey Street")
        int runEnd = -1;
        boolean attributed = false;
        List<int[]> sources = Sources.in(text, regionStart);
        for (int start = nextCapitalised(text, from, regionStart); start >= 0;
             start = nextCapitalised(text, from, regionStart)) {
            int end = capitalisedEnd(text, start);
            from = end;
            if (first && start <= 1 + regionStart) {
                first = false;
                // capitalised as the sentence's first word whether a name or not: it may match a name of the
                // other sentence, but never vetoes on its own
                String w = text.substring(start, end).toLowerCase(Locale.ROOT);
                if (!NOT_NAMES.contains(w) && !Sources.within(sources, start)) {
                    out.add(MAYBE + w.substring(0, Math.min(PREFIX, w.length())));
                }
                continue;
            }
            first = false;
            if (skip.contains(start) || Sources.within(sources, start) || beforeLowerCaseSyllable(text, end)) {
                continue;
            }
            if (run.isEmpty() || start != runEnd + 1 || text.charAt(runEnd) != ' ') {
                if (!attributed) {
                    addUnlessStreet(run, out);
                }
                run.clear();
                attributed = ACCORDING_TO.matcher(text.substring(Math.max(0, start - 20), start)).find();
            }
            run.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            runEnd = end;
        }
        if (!attributed) {
            addUnlessStreet(run, out);
        }
        return out;
    }

    /**
     * What comes before the name of who gives a figure ("... of the vote, according to the Central Election
     * Commission"): a source, not a place or person the figure is about.
     */
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according\\s+to\\s+(?:the\\s+)?$");

    /** Words that end the name of a street or square: a place inside the town the story is set in. */
    private static final Set<String> STREET_WORDS = Set.of("street", "avenue", "road", "boulevard", "lane",
            "drive", "square", "plaza");

    /**
     * Adds the words of one name, unless it names a street: "four wounded outside a bar on Delancey Street" and
     * "three wounded ... in the Ohio city of Riverton" tell of one place at two scales, and a street, which
     * other reports may not name at all, is no sign of another event.
     */
    private static void addUnlessStreet(List<String> run, Set<String> out) {
        if (run.isEmpty() || STREET_WORDS.contains(run.get(run.size() - 1))) {
            return;
        }
        for (String w : run) {
            if (!NOT_NAMES.contains(w)) {
                out.add(w.substring(0, Math.min(PREFIX, w.length())));
            }
        }
    }

    /**
     * Where the next capitalised word ({@code \p{Lu}[\p{Ll}\p{M}]{2,}} not preceded by a letter, mark or
     * apostrophe, nothing being seen before {@code regionStart}) starts at or after {@code from}, or -1. A
     * hand-written scan: a look-behind regex tried at every character was the aligner's hottest code.
     */
    static int nextCapitalised(String text, int from, int regionStart) {
        for (int i = from; i < text.length(); i++) {
            if (Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER
                    && (i == regionStart || !joinsWord(text.charAt(i - 1)))
                    && capitalisedEnd(text, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the capitalised word at {@code start}, or -1 when fewer than two lower-case letters follow. */
    private static int capitalisedEnd(String text, int start) {
        int j = start + Character.charCount(text.codePointAt(start));
        int lower = 0;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            int type = Character.getType(cp);
            if (type != Character.LOWERCASE_LETTER && !isMark(type)) {
                break;
            }
            lower++;
            j += Character.charCount(cp);
        }
        return lower >= 2 ? j : -1;
    }

    /**
     * A hyphen and a lower-case letter right after a capitalised word: the first syllable of a hyphenated given
     * name ("Jee-hoon" / "Ji-hoon", written two ways; the surname beside it names the person) or a place made an
     * adjective ("a Kyiv-based group": where a source sits, not where the event happened). Neither names
     * someone or somewhere the other sentence must name too.
     */
    private static boolean beforeLowerCaseSyllable(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** A letter, a mark or an apostrophe: the capital after it is inside a word ("McDonald", "O'Neill"). */
    private static boolean joinsWord(char c) {
        return c == '\'' || c == '’' || Character.isLetter(c) || isMark(Character.getType(c));
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The names of the sentence of {@code c} plus the years it sets its event in, besides the value itself: "In
     * 2021 it ordered Poland to pay 1 million euros a day" and "In 2023 Poland was ordered to pay €500,000 a
     * day" tell of two rulings, as "in Kyiv" and
     * "in Odesa" tell of two strikes.
     */
    static Set<String> of(Candidate c) {
        return in(c.sentence()).besides(c);
    }

    /** As {@link #of(Candidate)} for a candidate of this sentence. */
    Set<String> besides(Candidate c) {
        Set<String> out = new HashSet<>(names);
        String text = c.sentence().text();
        int offset = c.sentence().start();
        for (Demonyms.Qualifier q : qualifiers) {
            if (q.start() + offset >= c.end() && text.substring(c.end() - offset, q.start()).isBlank()) {
                out.add(q.name()); // "45 Egyptian business leaders": the nationality of what the value counts
            }
        }
        for (int[] year : years) {
            if (year[1] + offset <= c.start() || year[0] + offset >= c.end()) {
                out.add(text.substring(year[0], year[1]));
            }
        }
        return out;
    }

    /**
     * Whether the names of two values' sentences ({@link #besides}) veto a link between differing values: each
     * sentence names someone or somewhere the other does not ({@link #differ}), unless one name holds both
     * values in sentences set in the same year.
     */
    static boolean veto(Candidate a, Candidate b, Set<String> namesA, Set<String> namesB) {
        return differ(namesA, namesB) && !(sameHolders(a, b) && !yearsDiffer(namesA, namesB));
    }

    /** The names this sentence states, its first word included ("Georgians have ..."). */
    List<String> definiteAndFirstWordNames() {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(n.startsWith(MAYBE) ? n.substring(MAYBE.length()) : n);
        }
        return out;
    }

    /**
     * Whether the veto stands once names the other article states elsewhere are set aside, for values that no
     * name holds: "rallied outside Georgia's parliament" / "filled Rustaveli Avenue in central Tbilisi" name the
     * country and its capital, and each report names the other elsewhere. Values held by places (the parts of a
     * breakdown, "12 in Quang Nam" / "seven in Quang Ngai") keep the sentence's veto, and so does a name the
     * other article gives a figure of its own ({@link ArticleNames}).
     */
    static boolean vetoAcrossArticles(Candidate a, Candidate b, Set<String> namesA, Set<String> namesB,
                                      ArticleNames articleA, ArticleNames articleB) {
        if (hasHolder(a) || hasHolder(b) || articleA == null || articleB == null) {
            return true;
        }
        return hasUnstated(namesA, a, articleB) && hasUnstated(namesB, b, articleA);
    }

    private static boolean hasHolder(Candidate c) {
        for (String k : c.keys()) {
            if (ValueHolder.isHolder(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name of {@code names} (not a first word) that the other article states in no spelling, or gives a figure
     * like {@code value} of its own. Plain loops: this runs for vetoed pairs only.
     */
    private static boolean hasUnstated(Set<String> names, Candidate value, ArticleNames other) {
        for (String n : names) {
            if (!n.startsWith(MAYBE) && !other.statesWithoutRivalFigure(n, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both values are held by the same name ({@link app.reconcile.core.analysis.text.ValueHolder}): "seven in
     * Quang Ngai" / "five in Quang Ngai". The other names of their sentences then belong to other values (the
     * other provinces of a breakdown, the source), so they are no sign of two different events.
     */
    private static boolean sameHolders(Candidate a, Candidate b) {
        return holdersWithin(a, b) && holdersWithin(b, a);
    }

    /**
     * One sentence sets its event in a year the other does not ("In 2021 it ordered Poland to pay" / "In 2023
     * Poland was ordered to pay"): two events even when one name holds both values.
     */
    private static boolean yearsDiffer(Set<String> a, Set<String> b) {
        return hasOtherYear(a, b) || hasOtherYear(b, a);
    }

    private static boolean hasOtherYear(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (!x.isEmpty() && Character.isDigit(x.charAt(0)) && !b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a} has holders and each is a holder of {@code b} (plain loops: this runs per scored pair). */
    private static boolean holdersWithin(Candidate a, Candidate b) {
        boolean any = false;
        for (String k : a.keys()) {
            if (ValueHolder.isHolder(k)) {
                if (!b.keys().contains(k)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * True when each sentence names someone or somewhere the other does not ("Russian strike on Kyiv" /
     * "Russian strike on Odesa"). One sentence naming more than the other (a source added) is no veto.
     */
    static boolean differ(Set<String> a, Set<String> b) {
        return hasOther(a, b) && hasOther(b, a);
    }

    private static boolean hasOther(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (!x.startsWith(MAYBE) && !b.contains(x) && !b.contains(MAYBE + x) && !hasSpellingOf(x, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One name written two ways names no one else: Muhammad / Mohammed, Zelenskyy / Zelensky have the same
     * consonants in the same order (a doubled letter counted once). Short skeletons (Gaza / Giza) prove
     * nothing, so at least three consonants must match.
     */
    /** Two names that are one name written two ways (see {@link #hasSpellingOf}). */
    static boolean sameSpelledName(String a, String b) {
        String skeleton = Words.consonantSkeleton(a);
        return skeleton.length() >= MIN_SKELETON && skeleton.equals(Words.consonantSkeleton(b));
    }

    private static boolean hasSpellingOf(String name, Set<String> names) {
        String skeleton = Words.consonantSkeleton(name);
        if (skeleton.length() < MIN_SKELETON) {
            return false;
        }
        for (String other : names) {
            if (skeleton.equals(Words.consonantSkeleton(other))) {
                return true;
            }
        }
        return false;
    }
}
