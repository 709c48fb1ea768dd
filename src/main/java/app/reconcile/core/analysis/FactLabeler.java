package app.reconcile.core.analysis;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.align.Candidate;
import app.reconcile.core.analysis.align.ContextModel;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a fact in a few words from its context: the counted thing plus the rarest words that the mentions'
 * neighbourhoods share ("children · injured, strike", "tariff · India").
 */
final class FactLabeler {
    private static final int CONTEXT_WORDS = 2;
    /** A label needs a few restatements, not all of them: a fact of 400 articles is labelled from 40. */
    private static final int MAX_SAMPLED = 40;

    private final ContextModel context;
    private final LightStemmer stemmer;

    FactLabeler(ContextModel context, LightStemmer stemmer) {
        this.context = context;
        this.stemmer = stemmer;
    }

    String label(List<Candidate> group) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> surface = new LinkedHashMap<>();
        String thing = group.stream().map(Candidate::thing).filter(t -> !t.isEmpty()).findFirst().orElse("");
        for (Candidate c : group.subList(0, Math.min(group.size(), MAX_SAMPLED))) {
            String near = window(c);
            WordScanner m = new WordScanner(near);
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                String w = Words.normalise(m.group());
                if (w.length() < 3 || Words.isStop(w) || Words.isNumeric(w)) {
                    continue;
                }
                String stem = stemmer.stem(w);
                if (stem.equals(thing) || !seen.add(stem)) {
                    continue;
                }
                counts.merge(stem, 1, Integer::sum);
                if (!surface.containsKey(stem)) {
                    surface.put(stem, withoutPossessive(m.group()));
                }
            }
        }
        List<String> top = counts.entrySet().stream()
                .filter(e -> e.getValue() >= Math.min(2, group.size()))
                .sorted((a, b) -> Double.compare(weight(b.getKey(), b.getValue()), weight(a.getKey(), a.getValue())))
                .limit(CONTEXT_WORDS)
                .map(e -> surface.get(e.getKey()))
                .toList();
        String head = group.stream().map(Candidate::thingWord).filter(t -> !t.isEmpty()).findFirst()
                .orElseGet(() -> wordBefore(group.get(0)));
        List<String> rest = top.stream().filter(w -> !w.equalsIgnoreCase(head)).toList();
        return rest.isEmpty() ? head : head + " · " + String.join(", ", rest);
    }

    /** The verb right before the value ("injuring 12" gives "injuring"), else the kind's name. */
    private static String wordBefore(Candidate c) {
        String before = c.sentence().text().substring(0, c.start() - c.sentence().start());
        WordScanner m = new WordScanner(before);
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        String n = Words.normalise(last);
        boolean content = n.length() > 3 && !Words.isStop(n) && n.equals(last.toLowerCase(java.util.Locale.ROOT))
                && (n.endsWith("ing") || n.endsWith("ed"));
        return content ? last.toLowerCase(java.util.Locale.ROOT) : kindWord(c.kind());
    }

    /** "Kyiv's" and "Kyiv’s" read "Kyiv" in a label. */
    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private double weight(String stem, int count) {
        int id = context.stemId(stem);
        return count * (id < 0 ? 1 : context.idf(id));
    }

    private static String window(Candidate c) {
        String s = c.sentence().text();
        int from = c.start() - c.sentence().start();
        int to = c.end() - c.sentence().start();
        return s.substring(Math.max(0, from - 60), from) + " " + s.substring(to, Math.min(s.length(), to + 60));
    }

    private static String kindWord(FactKind kind) {
        return switch (kind) {
            case DATE -> "date";
            case TIME -> "time";
            case PERCENT -> "percentage";
            case MONEY -> "amount";
            case DURATION -> "duration";
            default -> "number";
        };
    }
}
