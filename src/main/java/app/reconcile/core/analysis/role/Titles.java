package app.reconcile.core.analysis.role;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.RoleValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a person's title written right before the name ("CEO Larry Lucchino", "FBI director J. Edgar Hoover",
 * "Assistant District Attorney David Rossi") or after the full name and a comma ("Peter Gross, chief
 * executive") as a ROLE value of that person. The person's surname is the
 * counted thing of the evidence aligner, so only titles of one person are compared. The titles, their roles
 * and families, and the words that void a title ("former CEO") are {@code knowledge/titles.tsv}.
 */
public final class Titles {
    private static final KnowledgeTable TABLE = KnowledgeTable.load("titles", "phrase role family", "phrase");
    private static final String VOID = "void";
    /** How many words before a title a voiding word still reaches ("former FBI Director Hoover"). */
    private static final int VOID_REACH = 3;
    private static final Map<String, KnowledgeTable.Entry> BY_PHRASE = byPhrase();
    private static final String TITLES = TABLE.entries().stream()
            .filter(e -> !e.get("family").equals(VOID))
            .map(e -> e.get("phrase"))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Titles::phrasePattern)
            .collect(Collectors.joining("|"));
    private static final Pattern TITLE = Pattern.compile("(?=\\p{L})(?<![\\p{L}\\p{N}-])(" + TITLES
            + ")\\s+((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}'’-]*\\p{L})(?![\\p{L}-])");
    /**
     * A title with what it is a title of, then the name: "senior vice president of marketing Phil Schiller".
     * The name is a given name (or initials) and a surname, so that the capitalised words of the complement
     * ("of Worldwide Product Marketing") are not taken for it; after a possessive or "the" the title describes
     * a name told before it ("Phil Schiller, Apple's senior vice president of Worldwide Product Marketing").
     */
    private static final Pattern TITLE_OF = Pattern.compile("(?=\\p{L})(?<![\\p{L}\\p{N}-])(?<!['’]s\\s)(?<![Tt]he\\s)(" + TITLES
            + ")(\\s+(?:of|for)\\s+(?:[\\p{L}&'’-]+\\s+){0,3}[\\p{L}&'’-]+)"
            + "\\s+(\\p{Lu}[\\p{L}'’-]*\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+)?\\p{Lu}[\\p{L}'’-]*\\p{L})(?![\\p{L}-])");
    /**
     * A title after a full name, set off by a comma: "Peter Gross, chief executive", "Rory Read, AMD's
     * president", "Ed Snider, the chairman". The title must not run on into another name ("Mark Teixeira,
     * general manager Brian Cashman said" names Cashman's title, not Teixeira's).
     */
    private static final Pattern APPOSITIVE = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}),"
            + "\\s+(?:(?:the|a|an|its|their)\\s+)?(?:[\\p{L}.&-]+(?:'s|’s)\\s+)?(" + TITLES
            + ")(?![\\p{L}-])(?!\\s+\\p{Lu})");
    private static final Pattern VOIDING = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + TABLE.entries().stream()
            .filter(e -> e.get("family").equals(VOID))
            .map(e -> Pattern.quote(e.get("phrase")))
            .collect(Collectors.joining("|")) + ")");

    /** The last word of each title in lower case ("president", "judge", "ceo"): a sentence without one holds none. */
    private static final List<String> TITLE_ENDS = TABLE.entries().stream()
            .filter(e -> !e.get("family").equals(VOID))
            .map(e -> e.get("phrase").toLowerCase(Locale.ROOT))
            .map(p -> p.substring(p.lastIndexOf(' ') + 1))
            .distinct().toList();

    public List<Candidate> extract(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        String lower = s.text().toLowerCase(Locale.ROOT);
        if (TITLE_ENDS.stream().noneMatch(lower::contains)) {
            return out; // the title patterns are long alternations: most sentences need not run them
        }
        // a title after a name first: its capitalised complement ("of Worldwide Product Marketing") is no name
        Matcher a = APPOSITIVE.matcher(s.text());
        while (a.find()) {
            if (!voided(s.text().substring(a.end(1), a.start(2)))) {
                add(out, s, a.start(2), a.end(2), a.group(2), a.group(1));
            }
        }
        Matcher of = TITLE_OF.matcher(s.text());
        while (of.find()) {
            if (!voided(s.text().substring(0, of.start(1)))) {
                add(out, s, of.start(1), of.end(2), of.group(1), of.group(3));
            }
        }
        Matcher m = TITLE.matcher(s.text());
        while (m.find()) {
            if (!voided(s.text().substring(0, m.start(1)))) {
                add(out, s, m.start(1), m.end(1), m.group(1), m.group(2));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    private static void add(List<Candidate> out, Sentence s, int from, int to, String title, String name) {
        KnowledgeTable.Entry e = BY_PHRASE.get(key(title));
        String written = s.text().substring(from, to);
        // one title read once: "vice president" inside "senior vice president" is not another
        if (e == null || out.stream().anyMatch(c -> c.start() < s.start() + to && s.start() + from < c.end())) {
            return;
        }
        String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        out.add(new Candidate(s, s.start() + from, s.start() + to, written, FactKind.ROLE,
                new RoleValue(e.get("role"), e.get("family")), surname, List.of(), name));
    }

    /** A voiding word among the last few words before the title ("former", "ex-", "acting"). */
    private static boolean voided(String before) {
        String[] words = before.strip().split("\\s+");
        String tail = String.join(" ", java.util.Arrays.asList(words)
                .subList(Math.max(0, words.length - VOID_REACH), words.length));
        return VOIDING.matcher(tail).find() || before.endsWith("-");
    }

    private static String phrasePattern(String phrase) {
        String quoted = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
        return isAcronym(phrase) ? quoted : "(?i:" + quoted + ")";
    }

    private static boolean isAcronym(String phrase) {
        return phrase.chars().allMatch(Character::isUpperCase);
    }

    private static String key(String written) {
        String spaced = written.replaceAll("\\s+", " ");
        return isAcronym(spaced) ? spaced : spaced.toLowerCase(Locale.ROOT);
    }

    private static Map<String, KnowledgeTable.Entry> byPhrase() {
        Map<String, KnowledgeTable.Entry> out = new HashMap<>();
        for (KnowledgeTable.Entry e : TABLE.entries()) {
            String phrase = e.get("phrase");
            out.put(isAcronym(phrase) ? phrase : phrase.toLowerCase(Locale.ROOT), e);
        }
        return out;
    }
}
