package app.reconcile.core.analysis.bench;

import app.reconcile.core.Article;
import app.reconcile.core.analysis.text.BoilerplateFilter;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds benchmark corpora of real-looking articles from seed texts: each article is a deterministic shuffle of
 * seed sentences (about 700 words), with some numbers changed and some names respelled, so the engine meets
 * agreements, conflicts and spelling variants at scale. Pure: takes texts, returns articles.
 */
public final class SyntheticCorpus {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?![\\d,:])");
    private static final Pattern NAME_ENDING_Y = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{3,})y\\b");
    private static final double NUMBER_CHANGE = 0.12;
    private static final double RESPELL = 0.3;

    private final List<String> pool;
    private final long seed;

    public SyntheticCorpus(List<String> seedTexts, long seed) {
        SentenceSplitter splitter = new SentenceSplitter(new BoilerplateFilter());
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < seedTexts.size(); i++) {
            for (Sentence s : splitter.split(i, seedTexts.get(i))) {
                if (s.text().split("\\s+").length >= 6) {
                    sentences.add(s.text());
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("the seed texts hold no sentences to build a corpus from");
        }
        this.pool = List.copyOf(sentences);
        this.seed = seed;
    }

    /** {@code count} articles of about {@code words} words each, the same for the same seed. */
    public List<Article> articles(int count, int words) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("date 2025-08-07\n");
            int n = 0;
            while (n < words) {
                String sentence = mutate(pool.get(random.nextInt(pool.size())), random);
                text.append(sentence).append(random.nextInt(4) == 0 ? "\n" : " ");
                n += sentence.split("\\s+").length;
            }
            out.add(new Article("a" + (i + 1), "synthetic-" + (i + 1) + ".txt", "Synthetic article " + (i + 1),
                    text.toString().strip()));
        }
        return out;
    }

    private static String mutate(String sentence, Random random) {
        StringBuilder b = new StringBuilder();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String replacement = m.group();
            if (random.nextDouble() < NUMBER_CHANGE) {
                replacement = Integer.toString(Integer.parseInt(m.group()) + 1 + random.nextInt(3));
            }
            m.appendReplacement(b, replacement);
        }
        m.appendTail(b);
        String s = b.toString();
        if (random.nextDouble() < RESPELL) {
            s = NAME_ENDING_Y.matcher(s).replaceFirst("$1i");
        }
        return s;
    }
}
