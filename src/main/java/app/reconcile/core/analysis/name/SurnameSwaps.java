package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one person given two surnames by different articles: "general manager A.J. Smith said in a statement"
 * against "general manager A.J. Butler said in a statement", "Robert Pattinson and Kristen Stewart" against
 * "Robert Pattinson and Kristen Bell". A shared given name alone proves nothing (a story may hold two
 * Kristens), so the pair must also be told in the same words: two names with one given name are taken as one
 * person written two ways only when
 * <ul>
 *   <li>their surnames are not one spelling of each other (those are {@link NameVariantFinder}'s);</li>
 *   <li>no article writes both surnames (an article naming both names two people);</li>
 *   <li>an occurrence of each, in two articles, shares at least {@link #SHARED_CONTEXT} content words of the
 *       few around it (the same role, the same verb, the same neighbour).</li>
 * </ul>
 */
public final class SurnameSwaps {
    /** A given name or initials ("Kristen", "A.J.", "AJ"), then a surname. */
    private static final Pattern FULL_NAME = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{M}.'’-])"
            + "(?<given>\\p{Lu}[\\p{Ll}\\p{M}]+|(?:\\p{Lu}\\.\\s?){1,3}|\\p{Lu}{2})\\s+"
            + "(?<surname>\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?)(?![\\p{L}\\p{M}'’-]|\\s+\\p{Lu})");
    /** Words on each side of a name that tell its context. */
    static final int WINDOW = 4;
    static final int SHARED_CONTEXT = 2;
    static final int CONTEXT_CHARS = 120;
    /** Occurrences of one name compared, so that a name repeated thousands of times costs no more than this. */
    static final int MAX_OCCURRENCES = 40;
    /**
     * A given name borne by more people than this in one story is too common to tell a misspelt surname from
     * another person ("John"); it also keeps the pairs to compare few.
     */
    static final int MAX_SURNAMES = 6;
    /** Surnames at least this alike are one name spelled two ways, not two names. */
    static final double SPELLING = 0.85;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final LightStemmer stemmer = new LightStemmer();

    /** One full name as written, where it stands, and (once asked for) the words around it. */
    private final class Occurrence {
        final Mention mention;
        final int article;
        private final String text;
        private Set<String> context;

        Occurrence(Mention mention, int article, String text) {
            this.mention = mention;
            this.article = article;
            this.text = text;
        }

        Set<String> context() {
            if (context == null) {
                context = SurnameSwaps.this.context(text, mention.start(), mention.end());
            }
            return context;
        }
    }

    public List<NameVariantFinder.Variants> find(List<Sentence> sentences, List<String> articleIds) {
        // given name -> surname -> occurrences
        Map<String, Map<String, List<Occurrence>>> byGiven = new LinkedHashMap<>();
        // names are matched in each article's whole text: a splitter may cut "A.J. Smith" after an initial
        Map<Integer, String> texts = texts(sentences);
        for (Map.Entry<Integer, String> article : texts.entrySet()) {
            String text = article.getValue();
            int a = article.getKey();
            Matcher m = FULL_NAME.matcher(text);
            while (m.find()) {
                String given = m.group("given").replaceAll("[.\\s]", "").toLowerCase(Locale.ROOT);
                String surname = m.group("surname").toLowerCase(Locale.ROOT);
                Mention mention = new Mention(articleIds.get(a), m.start(), m.end(), m.group(), null);
                List<Occurrence> seen = byGiven.computeIfAbsent(given, k -> new LinkedHashMap<>())
                        .computeIfAbsent(surname, k -> new ArrayList<>());
                if (seen.size() < MAX_OCCURRENCES) {
                    seen.add(new Occurrence(mention, a, text));
                }
            }
        }
        byGiven.values().removeIf(surnames -> surnames.size() < 2 || surnames.size() > MAX_SURNAMES);
        byGiven.keySet().removeIf(Words::isStop);
        if (byGiven.isEmpty()) {
            return List.of();
        }
        WordsSeen seen = WordsSeen.of(texts.values(), byGiven);
        List<NameVariantFinder.Variants> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Occurrence>>> e : byGiven.entrySet()) {
            // "The Chargers", "President Obama": a word the story also writes in lower case is no given name
            if (seen.inLowerCase().contains(e.getKey())) {
                continue;
            }
            Map<String, List<Occurrence>> surnames = e.getValue();
            List<String> keys = new ArrayList<>(surnames.keySet());
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    List<Occurrence> a = surnames.get(keys.get(i));
                    List<Occurrence> b = surnames.get(keys.get(j));
                    if (swapped(keys.get(i), keys.get(j), a, b, seen)) {
                        List<Mention> mentions = new ArrayList<>();
                        a.forEach(o -> mentions.add(o.mention));
                        b.forEach(o -> mentions.add(o.mention));
                        out.add(new NameVariantFinder.Variants(a.get(0).mention.text() + " / "
                                + b.get(0).mention.text() + " (surname)", mentions));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What one pass over the texts tells of the candidate names: which given names the story also writes in lower
     * case, and which surnames each article writes (in any case, alone or in a full name).
     */
    private record WordsSeen(Set<String> inLowerCase, List<Set<String>> surnamesOfArticle) {
        static WordsSeen of(java.util.Collection<String> texts, Map<String, Map<String, List<Occurrence>>> byGiven) {
            Set<String> surnames = new HashSet<>();
            byGiven.values().forEach(m -> m.keySet().forEach(k -> surnames.add(Words.normalise(k))));
            Set<String> lower = new HashSet<>();
            List<Set<String>> ofArticle = new ArrayList<>();
            for (String text : texts) {
                Set<String> here = new HashSet<>();
                WordScanner words = new WordScanner(text);
                while (words.find()) {
                    String word = words.group();
                    if (Character.isLowerCase(word.charAt(0)) && byGiven.containsKey(word)) {
                        lower.add(word);
                    }
                    String key = Words.normalise(word); // "Buford’s" writes Buford
                    if (surnames.contains(key)) {
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
            return surnamesOfArticle.stream().anyMatch(s -> s.contains(x) && s.contains(y));
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

    private boolean swapped(String surnameA, String surnameB, List<Occurrence> a, List<Occurrence> b, WordsSeen seen) {
        if (JARO_WINKLER.apply(surnameA, surnameB) >= SPELLING) {
            return false;
        }
        boolean toldAlike = false;
        for (Occurrence x : a) {
            for (Occurrence y : b) {
                if (x.article != y.article && shared(x.context(), y.context()) >= SHARED_CONTEXT) {
                    toldAlike = true;
                }
            }
        }
        return toldAlike && !seen.oneArticleWritesBoth(surnameA, surnameB);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The stems of the content words within {@link #WINDOW} words before and after a name, the name left out. */
    private Set<String> context(String text, int start, int end) {
        // a few words never run longer than this: the scan stays local however long the article is
        List<String> before = words(text, Math.max(0, start - CONTEXT_CHARS), start);
        List<String> after = words(text, end, Math.min(text.length(), end + CONTEXT_CHARS));
        String near = String.join(" ", before.subList(Math.max(0, before.size() - WINDOW), before.size())) + " "
                + String.join(" ", after.subList(0, Math.min(WINDOW, after.size())));
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
