package app.reconcile.core.analysis.bench;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs of hostile size for the benchmark (issue 13, "linear time everywhere"), deterministic for a seed:
 * <ul>
 *   <li>two articles of one run-on line each, a number every 25 characters or so: the worst case for the
 *       reading of long sentences;</li>
 *   <li>a project of thousands of articles and tens of thousands of facts: the worst case for the exporters,
 *       which find the sentence around every mention and build every article's corrected copy.</li>
 * </ul>
 * Pure: returns articles and projects, writes nothing.
 */
public final class HostileCorpus {
    private static final String[] PHRASES = {"police said %d people were hurt", "%d homes lost power",
            "%d schools were closed", "the storm killed %d cattle", "rescuers saved %d residents",
            "about %d flights were cancelled", "winds reached %d km/h", "the fire burned %d hectares",
            "%d roads were shut", "officials counted %d cars"};
    /** The share of numbers the second article of a pair states differently. */
    private static final double CHANGED = 0.1;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}|\\d+");
    private static final Instant DECIDED = Instant.parse("2026-01-01T00:00:00Z");

    private final long seed;

    public HostileCorpus(long seed) {
        this.seed = seed;
    }

    /**
     * Two one-line articles of {@code chars} characters each or a little more: phrases with a number joined by
     * "and", with no full stop anywhere, so each article is one sentence. The second states one number in ten
     * differently, so the pair has agreements and conflicts to find.
     */
    public List<Article> oneLinePair(int chars) {
        if (chars < 1) {
            throw new IllegalArgumentException("the articles need at least one character");
        }
        return List.of(oneLine("a1", "one-line-a.txt", chars, 0), oneLine("a2", "one-line-b.txt", chars, CHANGED));
    }

    private Article oneLine(String id, String source, int chars, double changed) {
        Random phrases = new Random(seed);
        Random changes = new Random(seed + id.hashCode());
        StringBuilder text = new StringBuilder(chars + 64);
        while (text.length() < chars) {
            if (!text.isEmpty()) {
                text.append(" and ");
            }
            int n = 2 + phrases.nextInt(998);
            text.append(String.format(java.util.Locale.ROOT, PHRASES[phrases.nextInt(PHRASES.length)],
                    changes.nextDouble() < changed ? n + 1 : n));
        }
        return new Article(id, source, "One line " + id, text.toString());
    }

    /**
     * A project of {@code articles} synthetic articles of about {@code words} words and {@code facts} facts
     * between them (see {@link #project(List, int)}).
     */
    public Project project(List<String> seedTexts, int articles, int words, int facts) {
        if (articles < 2) {
            throw new IllegalArgumentException("the project needs two articles or more");
        }
        return project(new SyntheticCorpus(seedTexts, seed).articles(articles, words), facts);
    }

    /**
     * A project of these articles (two or more) and {@code facts} facts. Each fact has two mentions, a word
     * or number of one article and one of another, anywhere in their texts; they disagree in half of the facts,
     * and every third of those is resolved to its first mention's value, so that the other mention becomes a
     * correction in its article's corrected copy.
     */
    public Project project(List<Article> texts, int facts) {
        int articles = texts.size();
        if (articles < 2 || facts < 0) {
            throw new IllegalArgumentException("the project needs two articles or more and no negative fact count");
        }
        List<List<int[]>> spans = new ArrayList<>(articles);
        for (Article a : texts) {
            List<int[]> found = new ArrayList<>();
            Matcher m = WORD.matcher(a.text());
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            if (found.isEmpty()) {
                found.add(new int[] {0, Math.min(1, a.text().length())});
            }
            spans.add(found);
        }
        Random random = new Random(seed);
        List<Fact> out = new ArrayList<>(facts);
        for (int f = 0; f < facts; f++) {
            int a = random.nextInt(articles);
            int b = (a + 1 + random.nextInt(articles - 1)) % articles;
            boolean conflict = f % 2 == 0;
            Mention first = mention(texts.get(a), spans.get(a), random, null);
            Mention second = mention(texts.get(b), spans.get(b), random, conflict ? null : first.value());
            List<Mention> mentions = a < b ? List.of(first, second) : List.of(second, first);
            Verdict verdict = first.value().equals(second.value()) ? Verdict.AGREE : Verdict.CONFLICT;
            Fact fact = new Fact("f" + (f + 1), FactKind.NUMBER, "fact " + (f + 1), verdict, mentions);
            if (verdict == Verdict.CONFLICT && f % 3 == 0) {
                fact = fact.withResolution(new Resolution(ResolutionStatus.RESOLVED, first.value(), first.text(),
                        false, "", "bench", DECIDED));
            }
            out.add(fact);
        }
        return new Project(texts, out);
    }

    private static Mention mention(Article article, List<int[]> spans, Random random, String value) {
        int[] span = spans.get(random.nextInt(spans.size()));
        String text = article.text().substring(span[0], span[1]);
        return new Mention(article.id(), span[0], span[1], text, value != null ? value : text);
    }
}
