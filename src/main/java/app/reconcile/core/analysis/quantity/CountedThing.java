package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.Calendar;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.knowledge.WordList;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.NationalityNouns;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds what a number counts by reading the words after it: "12 people" (people), "four partly occupied
 * regions" (regions), "Four of the injured were children" (children, and "injured" as a further key),
 * "all four of Witkoff's previous visits" (visits). Without a part-of-speech tagger the noun is taken as
 * the last word of the run of lower-case content words that follows.
 */
public final class CountedThing {
    /** Words that end the run of words naming the counted thing ({@code knowledge/counted-thing-breaks.tsv}). */
    private static final Set<String> BREAKS = WordList.load("counted-thing-breaks").words();
    /**
     * Nouns news reports use interchangeably for one counted thing ("40 stores" / "45 shops", "the stock sagged"
     * / "shares dived", "second-biggest" / "second largest"): {@code knowledge/same-thing.tsv}.
     */
    private static final java.util.Map<String, String> SAME_THING = java.util.Map.copyOf(
            KnowledgeTable.load("same-thing", "word thing", "word").map("word", "thing"));
    /** "a [wage] increase of", "a [pay] rise of" right before a value ({@code knowledge/change-nouns.tsv}). */
    private static final java.util.regex.Pattern CHANGE_OF = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:(?<changed>\\p{Ll}+)\\s+)?(?<noun>" + Alternation.of(KnowledgeTable.load("change-nouns",
                    "noun tags", "noun").column("noun", e -> e.tagged("tags", "of"))) + ")s?\\s+of\\s+$");
    private static final Set<String> VOTERS = Set.of("voters", "electors", "electorate");
    private static final Set<String> TURNOUT_VERBS = Set.of("cast", "voted", "turned", "went");
    /** "187 MPs voting in favour" counts votes, as "by 178 votes to 41" does. */
    private static final Set<String> VOTE_VERBS = Set.of("voted", "voting", "vote");
    /** An acronym in the plural ("MPs", "NGOs"): a common noun though capitalised. */
    private static final java.util.regex.Pattern ACRONYM_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}{2,5}s");
    /**
     * Verbs that end the noun run though not in -ed or -ing: irregular pasts, "remain", "died", "say"
     * ({@code knowledge/noun-run-verbs.tsv}).
     */
    private static final Set<String> IRREGULAR_PAST = WordList.load("noun-run-verbs").words();
    /** "savings of SEK 3 billion", "earnings of between $1.50 and $1.60": the noun a sum or range is of. */
    private static final java.util.regex.Pattern NOUN_OF =
            java.util.regex.Pattern.compile("(?<![\\p{L}'’])(\\p{Ll}{3,})\\s+of\\s+(?:the\\s+|between\\s+)?$");
    private static final Set<String> COPULAS = Set.of("were", "are", "was", "is");
    /** "three of them children", "two of whom were children": the part is named after the pronoun. */
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "whom");
    /** The weekdays and months ({@code knowledge/weekdays.tsv}, {@code knowledge/months.tsv}), lower case. */
    private static final Set<String> DAYS_AND_MONTHS = Calendar.lowerCaseNames();
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their", "our", "those", "these");

    /**
     * A superlative right after an ordinal, spaced or hyphenated: "third-largest", "fourth largest", "second-most
     * populous", "5th-busiest". Words in -est that are no superlatives are left out.
     */
    private static final java.util.regex.Pattern SUPERLATIVE = java.util.regex.Pattern.compile(
            "^[\\s\\-]+(?:(?<degree>most|least)[\\s\\-]+(?<adjective>\\p{Ll}{3,})|(?<superlative>\\p{Ll}{2,}est|best|worst))\\b");
    /** Words in -est that are no superlative ({@code knowledge/not-superlatives.tsv}). */
    private static final WordList NOT_SUPERLATIVE = WordList.load("not-superlatives");

    /** A noun stem with its surface word and any secondary stems. */
    public record Thing(String stem, String word, List<String> secondary) {
        static final Thing NONE = new Thing("", "", List.of());
    }

    private final LightStemmer stemmer;

    public CountedThing(LightStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** @param after the sentence text following the number (and its unit) */
    public Thing after(String after) {
        List<String> words = leadingWords(after);
        if (words.isEmpty()) {
            return Thing.NONE;
        }
        int i = 0;
        if (words.get(0).equals("of") && words.size() > 2 && PARTITIVE_PRONOUNS.contains(words.get(1))) {
            String noun = runNoun(words, 2); // "three of them children", "two of whom were children"
            int copula = COPULAS.contains(words.get(2)) ? 3 : 2;
            noun = copula == 3 ? runNoun(words, 3) : noun;
            return noun.isEmpty() ? Thing.NONE : thing(noun, List.of());
        }
        if (words.get(0).equals("of")) {
            i = 1;
            while (i < words.size() && (DETERMINERS.contains(words.get(i)) || words.get(i).endsWith("'s")
                    || words.get(i).endsWith("’s") || i > 1 && Words.isNumeric(words.get(i)))) {
                i++; // "45 of its 310 shops": the whole that the part is taken from
            }
            String group = runNoun(words, i);
            if (turnedOut(words, group)) {
                return thing("turnout", List.of());
            }
            int copula = indexOfRunEnd(words, i);
            if (copula < words.size() - 1 && COPULAS.contains(words.get(copula))) {
                String predicate = runNoun(words, copula + 1);
                if (!predicate.isEmpty()) {
                    return thing(predicate, group.isEmpty() ? List.of() : List.of(stem(group)));
                }
            }
            return group.isEmpty() ? Thing.NONE : thing(group, List.of());
        }
        String noun = runNoun(words, 0);
        if (noun.isEmpty()) {
            return Thing.NONE;
        }
        int next = words.indexOf(noun) + 1;
        if (next < words.size() && VOTE_VERBS.contains(words.get(next))) {
            return thing("votes", List.of(stem(noun)));
        }
        return thing(noun, List.of());
    }

    /**
     * What a rank counts: "the world's third-largest", "the fourth largest in the world" and "its fifth-largest
     * bank" all rank by size, so the superlative is the counted thing (biggest and largest are one) and the noun
     * ranked, if any, a further key. Two ranks of one thing then compare as ordinals: third vs fourth conflict.
     *
     * @param after the sentence text following the ordinal
     */
    public java.util.Optional<Thing> rank(String after) {
        Matcher m = SUPERLATIVE.matcher(after);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String superlative = m.group("superlative");
        if (superlative != null && NOT_SUPERLATIVE.contains(superlative)) {
            return java.util.Optional.empty();
        }
        String word = superlative != null ? superlative : m.group("degree") + "-" + m.group("adjective");
        String ranked = runNoun(leadingWords(after.substring(m.end())), 0);
        List<String> keys = new ArrayList<>(2);
        if (!ranked.isEmpty()) {
            keys.add(stem(ranked));
        }
        String severity = EventFrames.severityFrame(word);
        if (!severity.isEmpty()) {
            keys.add(severity); // "second-deadliest" is one word to the frame search
        }
        return java.util.Optional.of(thing(word, keys));
    }

    /**
     * What a value counts when no noun follows it, read from the words around it: an age in apposition
     * ("Lopes, 47, takes office"), in "47-year-old" or "aged 47", or the noun of "savings of SEK 3 billion".
     *
     * @param before the sentence text before the value
     * @param after  the sentence text after the value (and its unit)
     * @param amount the value, an age only when a plausible one
     */
    public Thing around(String before, String after, double amount) {
        java.util.Optional<List<String>> ageHolders = Ages.holders(before, after, amount);
        if (ageHolders.isPresent()) {
            return new Thing("age", "age", ageHolders.get());
        }
        Matcher of = NOUN_OF.matcher(before);
        if (of.find()) {
            String noun = of.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!Words.isStop(noun) && !BREAKS.contains(noun) && !Words.isNumeric(noun)) {
                return thing(noun, List.of());
            }
        }
        return Thing.NONE;
    }

    /**
     * People counted by a bare number told with an event that happens to people: "killing 12", "kills 19 in
     * central Vietnam", "11 remain missing", "14 more are missing", "12 died". News leaves the noun out when it
     * is people; without it such counts would count nothing and never meet "14 people still missing".
     *
     * @param before the sentence text before the value (and its hedge)
     * @param after  the sentence text after the value
     */
    public Thing people(String before, String after) {
        return PeopleEvents.countPeople(before, after) ? thing("people", List.of()) : Thing.NONE;
    }

    /**
     * Things a person or a place has exactly one of at a time ("Lopes, 47," / "Lopes, 49,"): two such values
     * held by the same name contradict each other whatever else their sentences say.
     */
    public static boolean isAttribute(String thingStem) {
        return thingStem.equals("age");
    }

    /**
     * What a value counts when it is the end point or size of a change, named before it ("Shares fell 6.2%",
     * "cut interest rates to 4%"); see {@link ChangeSubject}.
     *
     * @param before        the sentence text before the value
     * @param after         the sentence text after the value
     * @param sentenceStart whether {@code before} is the whole sentence text before the value
     */
    public Thing ofChange(String before, String after, boolean sentenceStart) {
        return ChangeSubject.of(before, after, sentenceStart)
                .map(c -> thing(c.word(), c.frame().isEmpty() ? List.of() : List.of(c.frame())))
                .orElse(Thing.NONE);
    }

    /** A word that ends the run of words naming the counted thing ("alive", "worldwide"). */
    static boolean isBreak(String word) {
        return BREAKS.contains(word);
    }

    private Thing thing(String word, List<String> secondary) {
        return new Thing(stem(SAME_THING.getOrDefault(word, word)), word, secondary);
    }

    private String stem(String word) {
        return stemmer.stem(Words.normalise(word));
    }

    /**
     * The change a figure is the size of when the noun of change stands before it with "of": "a wage increase
     * of 5.4 percent", "a pay rise of 4.5 per cent", "a cut of 25 basis points" (the same change as "a 4.5% pay
     * rise"). The kind of thing changed ("wage", "pay") is a further key.
     *
     * @param before the sentence text before the value
     */
    public Thing changeOf(String before) {
        if (!before.endsWith("of ")) {
            return Thing.NONE; // cheap test before the pattern
        }
        Matcher m = CHANGE_OF.matcher(before);
        if (!m.find()) {
            return Thing.NONE;
        }
        String changed = m.group("changed");
        return thing(m.group("noun").toLowerCase(java.util.Locale.ROOT),
                changed == null || Words.isStop(changed.toLowerCase(java.util.Locale.ROOT)) ? List.of()
                        : List.of(stem(SAME_THING.getOrDefault(changed.toLowerCase(java.util.Locale.ROOT),
                                changed.toLowerCase(java.util.Locale.ROOT)))));
    }

    /**
     * "36.7% of registered voters cast a ballot", "of eligible voters turned out": the share of voters who voted
     * is the turnout ("Turnout was 38.7%"). "60% of voters backed the plan" is not.
     */
    private static boolean turnedOut(List<String> words, String group) {
        int at = VOTERS.contains(group) ? words.indexOf(group) : -1;
        return at >= 0 && at + 1 < words.size() && TURNOUT_VERBS.contains(words.get(at + 1));
    }

    /** The word right after {@code from} when only spaces stand between, else "". */
    private static String nextWord(String text, int from) {
        Matcher m = Words.WORD.matcher(text).region(from, text.length());
        return m.find() && text.substring(from, m.start()).isBlank() ? m.group() : "";
    }

    /** Words separated only by spaces (punctuation ends the list), lower-cased, at most eight. */
    static List<String> leadingWords(String after) {
        List<String> out = new ArrayList<>();
        Matcher m = Words.WORD.matcher(after);
        int pos = 0;
        while (m.find() && out.size() < 8) {
            if (!after.substring(pos, m.start()).isBlank()) {
                break;
            }
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && !(w.endsWith("'s") || w.endsWith("’s"))
                    && !ACRONYM_PLURAL.matcher(w).matches()) {
                if (out.isEmpty() && pos == 0 && NationalityNouns.isPlural(w, nextWord(after, m.end()))) {
                    out.add("people"); // "153 Ukrainians returned home", "three Americans were killed"
                    break;
                }
                if (out.isEmpty() && pos == 0 && qualifiesNoun(after, m.end(), w)) {
                    pos = m.end(); // "45 Egyptian business leaders", "three Reuters reporters": leaders, reporters
                    continue;
                }
                break;
            }
            out.add(w.toLowerCase(java.util.Locale.ROOT));
            pos = m.end();
        }
        return out;
    }

    /**
     * A capitalised word right after the value that qualifies the lower-case noun after it ("45 Egyptian
     * business leaders", "12 Kyiv residents"), not a day or a month ("killed 12 Monday night"), nor a name that
     * ends the clause.
     */
    private static boolean qualifiesNoun(String text, int end, String word) {
        if (DAYS_AND_MONTHS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        String next = text.substring(start, i);
        return next.length() > 2 && (i == text.length() || !Character.isLetter(text.charAt(i)))
                && !Words.isStop(next) && !BREAKS.contains(next);
    }

    /**
     * Last word of the run of content words starting at {@code from}, skipping adverbs in -ly. The run ends at
     * a verb after a noun ("people died", "earthquake shook"): a past form after a word that is not an adverb
     * ("partly occupied regions" keeps going), or a common irregular past.
     */
    private static String runNoun(List<String> words, int from) {
        String noun = "";
        String previous = "";
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            if (Words.isStop(w) || BREAKS.contains(w) || Words.isNumeric(w)) {
                break;
            }
            boolean verb = IRREGULAR_PAST.contains(w) || w.endsWith("ed") && w.length() > 4 && !previous.endsWith("ly")
                    || w.endsWith("ing") && w.length() > 5 && !Streaks.isStreakWord(previous); // "300 families living nearby"
            if (verb && !noun.isEmpty() || IRREGULAR_PAST.contains(w) && i == from) {
                break; // "11 remain missing", "12 died": the verb of a count that names no noun
            }
            if (!w.endsWith("ly")) {
                noun = w;
            }
            previous = w;
        }
        return noun;
    }

    private static int indexOfRunEnd(List<String> words, int from) {
        int i = from;
        while (i < words.size() && !Words.isStop(words.get(i)) && !BREAKS.contains(words.get(i))) {
            i++;
        }
        return i;
    }
}
