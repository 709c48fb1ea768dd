package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person named two ways by different articles, where one half of a full name is the same and the other is a
 * different word: {@link SurnameSwaps} ("A.J. Smith" / "A.J. Butler") and {@link GivenNameSwaps} ("Herbert Hoover"
 * / "J. Edgar Hoover"). The shared half alone proves nothing (a story may hold two Kristens, or a father and son),
 * so two full names are taken as one person written two ways only when
 * <ul>
 *   <li>the differing halves are not one spelling of each other (those are {@link NameVariantFinder}'s) nor one
 *       name in two forms (a subclass's {@link #sameName});</li>
 *   <li>no article writes both (an article naming both names two people);</li>
 *   <li>an occurrence of each, in two articles, shares at least {@link #SHARED_CONTEXT} content words of those
 *       around it (the same role, the same verb, the same neighbour).</li>
 * </ul>
 */
public abstract class NameSwaps {
    /** Initials ("J.", "H.W."), a given name or initials ("Kristen", "A.J.", "AJ"), then a surname. */
    private static final Pattern FULL_NAME = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{M}.'’-])"
            + "(?<initials>(?:\\p{Lu}\\.\\s?){1,2}\\s?(?=\\p{Lu}[\\p{Ll}\\p{M}]))?"
            + "(?<given>\\p{Lu}[\\p{Ll}\\p{M}]+|(?:\\p{Lu}\\.\\s?){1,3}|\\p{Lu}{2})\\s+"
            + "(?<surname>\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?)(?![\\p{L}\\p{M}'’-]|\\s+\\p{Lu})");
    static final int SHARED_CONTEXT = 2;
    /** Occurrences of one name compared, so that a name repeated thousands of times costs no more than this. */
    static final int MAX_OCCURRENCES = 40;
    /**
     * A shared half borne by more people than this in one story is too common to tell a misspelt name from
     * another person ("John"); it also keeps the pairs to compare few.
     */
    static final int MAX_VARIANTS = 6;

    private final LightStemmer stemmer = new LightStemmer();

    /**
     * One full name as read: the initials before its given name ("" for none), its given name and surname, and the
     * capitalised word right before it ("" for none: "brian" in "Brian G. Nichols", "director" in "Director J. Edgar
     * Hoover").
     */
    record FullName(String initials, String given, String surname, String before) {
    }

    /** The half two names share, in a form that compares (lower case, no dots). */
    private final Function<FullName, String> shared;
    /** The half that differs. */
    private final Function<FullName, String> differing;

    /** Whether two differing halves are one name (a spelling, a nickname, an initial of the other). */
    abstract boolean sameName(String a, String b, List<FullName> namesA, List<FullName> namesB);


    /**
     * Whether a full name takes part, given all the full names of the story and the words it writes in lower case
     * (titles, common nouns).
     */
    abstract java.util.function.Predicate<FullName> accepting(List<FullName> all, Set<String> inLowerCase);

    /** Words on each side of a name that tell its context. */
    private final int window;
    /** What the label says the names differ in: "surname", "given name". */
    private final String differs;
    /** Whether an article that writes both differing halves in any form, even alone, names two people by them. */
    private final boolean writingEitherHalfCounts;

    NameSwaps(Function<FullName, String> shared, Function<FullName, String> differing,
              int window, String differs, boolean writingEitherHalfCounts) {
        this.shared = shared;
        this.differing = differing;
        this.window = window;
        this.differs = differs;
        this.writingEitherHalfCounts = writingEitherHalfCounts;
    }

    /** One full name as written, where it stands, and (once asked for) the words around it. */
    private final class Occurrence {
        final Mention mention;
        final int article;
        final FullName name;
        private final String text;
        private Set<String> context;

        Occurrence(Mention mention, int article, FullName name, String text) {
            this.mention = mention;
            this.article = article;
            this.name = name;
            this.text = text;
        }

        Set<String> context() {
            if (context == null) {
                context = NameSwaps.this.context(text, mention.start(), mention.end());
            }
            return context;
        }
    }

    public List<NameVariantFinder.Variants> find(List<Sentence> sentences, List<String> articleIds) {
        // names are matched in each article's whole text: a splitter may cut "A.J. Smith" after an initial
        Map<Integer, String> texts = texts(sentences);
        List<Occurrence> all = new ArrayList<>();
        for (Map.Entry<Integer, String> article : texts.entrySet()) {
            String text = article.getValue();
            int a = article.getKey();
            Matcher m = FULL_NAME.matcher(text);
            while (m.find()) {
                FullName name = new FullName(compact(m.group("initials")), compact(m.group("given")),
                        Words.normalise(m.group("surname")), capitalisedWordBefore(text, m.start()));
                all.add(new Occurrence(new Mention(articleIds.get(a), m.start(), m.end(), m.group(), null), a, name,
                        text));
            }
        }
        if (all.isEmpty()) {
            return List.of();
        }
        List<FullName> names = all.stream().map(o -> o.name).toList();
        WordsSeen seen = WordsSeen.of(texts.values(), names, this);
        java.util.function.Predicate<FullName> accepted = accepting(names, seen.inLowerCase());
        // shared half -> differing half -> occurrences
        Map<String, Map<String, List<Occurrence>>> byShared = new LinkedHashMap<>();
        for (Occurrence o : all) {
            if (!accepted.test(o.name)) {
                continue;
            }
            List<Occurrence> same = byShared.computeIfAbsent(shared.apply(o.name), k -> new LinkedHashMap<>())
                    .computeIfAbsent(differing.apply(o.name), k -> new ArrayList<>());
            if (same.size() < MAX_OCCURRENCES) {
                same.add(o);
            }
        }
        byShared.values().removeIf(halves -> halves.size() < 2 || halves.size() > MAX_VARIANTS);
        byShared.keySet().removeIf(Words::isStop);
        List<NameVariantFinder.Variants> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Occurrence>>> e : byShared.entrySet()) {
            // "The Chargers", "President Obama": a word the story also writes in lower case is no part of a name
            if (seen.inLowerCase().contains(e.getKey())) {
                continue;
            }
            Map<String, List<Occurrence>> halves = e.getValue();
            List<String> keys = new ArrayList<>(halves.keySet());
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    List<Occurrence> a = halves.get(keys.get(i));
                    List<Occurrence> b = halves.get(keys.get(j));
                    java.util.Optional<String> why = swapped(keys.get(i), keys.get(j), a, b, seen);
                    if (why.isPresent()) {
                        List<Mention> mentions = new ArrayList<>();
                        a.forEach(o -> mentions.add(o.mention));
                        b.forEach(o -> mentions.add(o.mention));
                        out.add(new NameVariantFinder.Variants(a.get(0).mention.text() + " / "
                                + b.get(0).mention.text() + " (" + differs + ")", mentions, why.get()));
                    }
                }
            }
        }
        return out;
    }

    /** The capitalised word right before a name, lower case ("brian" in "Brian G. Nichols"), else "". */
    private static String capitalisedWordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && Character.isUpperCase(text.charAt(begin)) && end < start
                ? text.substring(begin, end).toLowerCase(Locale.ROOT) : "";
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("[.\\s]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * What one pass over the texts tells of the candidate names: which of their words the story also writes in
     * lower case, and which differing halves each article writes (in any case, alone or in a full name).
     */
    private record WordsSeen(Set<String> inLowerCase, List<Set<String>> halvesOfArticle) {
        static WordsSeen of(java.util.Collection<String> texts, List<FullName> names, NameSwaps swaps) {
            Set<String> words = new HashSet<>();
            Set<String> halves = new HashSet<>();
            for (FullName n : names) {
                words.add(n.given());
                words.add(n.surname());
                words.add(n.before());
                halves.add(Words.normalise(swaps.differing.apply(n)));
            }
            Set<String> lower = new HashSet<>();
            List<Set<String>> ofArticle = new ArrayList<>();
            for (String text : texts) {
                Set<String> here = new HashSet<>();
                WordScanner scanner = new WordScanner(text);
                while (scanner.find()) {
                    String word = scanner.group();
                    if (Character.isLowerCase(word.charAt(0)) && words.contains(word)) {
                        lower.add(word);
                    }
                    String key = Words.normalise(word); // "Buford’s" writes Buford
                    if (halves.contains(key)) {
                        here.add(key);
                    }
                }
                ofArticle.add(here);
            }
            return new WordsSeen(lower, ofArticle);
        }

        boolean oneArticleWritesBoth(String a, String b) {
            String x = Words.normalise(a);
            String y = Words.normalise(b);
            return halvesOfArticle.stream().anyMatch(s -> s.contains(x) && s.contains(y));
        }
    }

    /** Each article's text rebuilt from its sentences, at their offsets (what lies between them as spaces). */
    private static Map<Integer, String> texts(List<Sentence> sentences) {
        Map<Integer, StringBuilder> out = new java.util.TreeMap<>();
        for (Sentence s : sentences) {
            StringBuilder b = out.computeIfAbsent(s.article(), k -> new StringBuilder());
            while (b.length() < s.end()) {
                b.append(' ');
            }
            b.replace(s.start(), s.end(), s.text());
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        out.forEach((a, b) -> texts.put(a, b.toString()));
        return texts;
    }

    /**
     * Why two halves name one person ("one surname with two given names (edgar / herbert) in two articles, told in
     * the same words (felt, pass); no article names both, ..."), or empty when they do not.
     */
    private java.util.Optional<String> swapped(String halfA, String halfB, List<Occurrence> a, List<Occurrence> b,
                                               WordsSeen seen) {
        if (sameName(halfA, halfB, a.stream().map(o -> o.name).toList(), b.stream().map(o -> o.name).toList())) {
            return java.util.Optional.empty();
        }
        Set<Integer> articlesA = new HashSet<>();
        a.forEach(o -> articlesA.add(o.article));
        if (b.stream().anyMatch(o -> articlesA.contains(o.article))
                || writingEitherHalfCounts && seen.oneArticleWritesBoth(halfA, halfB)) {
            return java.util.Optional.empty();
        }
        for (Occurrence x : a) {
            for (Occurrence y : b) {
                List<String> shared = sharedWords(x.context(), y.context());
                if (x.article != y.article && shared.size() >= SHARED_CONTEXT) {
                    return java.util.Optional.of(String.format(
                            "one %s with two %ss (%s / %s) in two articles, told in the same words (%s); no article "
                                    + "names both, and neither is a spelling, nickname or initial of the other",
                            differs.equals("surname") ? "given name" : "surname", differs, halfA, halfB,
                            String.join(", ", shared)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The words of {@code a} that {@code b} has too, sorted so that an explanation reads the same every run. */
    private static List<String> sharedWords(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).sorted().toList();
    }

    /** The stems of the content words within {@link #window} words before and after a name, the name left out. */
    private Set<String> context(String text, int start, int end) {
        // a few words never run longer than this: the scan stays local however long the article is
        int chars = window * 30;
        List<String> before = words(text, Math.max(0, start - chars), start);
        List<String> after = words(text, end, Math.min(text.length(), end + chars));
        String near = String.join(" ", before.subList(Math.max(0, before.size() - window), before.size())) + " "
                + String.join(" ", after.subList(0, Math.min(window, after.size())));
        return new HashSet<>(Words.contentStems(near, stemmer));
    }

    private static List<String> words(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        WordScanner words = new WordScanner(text).region(from, to);
        while (words.find()) {
            out.add(words.group());
        }
        return out;
    }
}
