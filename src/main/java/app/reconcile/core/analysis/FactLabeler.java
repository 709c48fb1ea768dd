package app.reconcile.core.analysis;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.align.ContextModel;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names a fact in a few words from its context: the counted thing, what happened to it when most mentions tell
 * it with one event frame ("children injured", "people killed", "shares fall"), and the rarest words that the
 * mentions' neighbourhoods share ("tariff · India").
 */
final class FactLabeler {
    private static final int CONTEXT_WORDS = 2;
    /**
     * How a label says an event frame of {@link EventFrames} ({@code knowledge/frame-labels.tsv}; "occur" says
     * nothing a label needs).
     */
    private static final Map<String, String> FRAME_WORDS = Map.copyOf(
            KnowledgeTable.load("frame-labels", "frame label", "frame").map("frame", "label"));
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
            Set<String> seen = new HashSet<>();
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
        String thingWord = group.stream().map(Candidate::thingWord).filter(t -> !t.isEmpty()).findFirst()
                .orElse("");
        String frameWord = sharedFrame(group).map(FRAME_WORDS::get).orElse(null);
        // "deaths" or "injured" already say what happened; "people" and "shares" do not
        boolean saysWhatHappened = frameWord != null && !thingWord.isEmpty()
                && !EventFrames.isEventWord(thingWord.toLowerCase(Locale.ROOT));
        String head = saysWhatHappened ? thingWord + " " + frameWord
                : thingWord.isEmpty() ? wordBefore(group.get(0)) : thingWord;
        List<String> rest = top.stream()
                .filter(w -> !w.equalsIgnoreCase(thingWord) && !w.equalsIgnoreCase(head) && !sameStem(w, frameWord))
                .limit(head.contains(" ") ? 1 : CONTEXT_WORDS) // a head of two words leaves room for one more
                .toList();
        return rest.isEmpty() ? head : head + " · " + String.join(", ", rest);
    }

    /** The event frame that more than half of the mentions are told with, when there is exactly one such. */
    private static Optional<String> sharedFrame(List<Candidate> group) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : group) {
            for (String key : c.keys()) {
                if (EventFrames.isFrame(key)) {
                    String frame = key.substring(EventFrames.PREFIX.length());
                    if (FRAME_WORDS.containsKey(frame)) {
                        counts.merge(frame, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> majority = counts.entrySet().stream()
                .filter(e -> e.getValue() * 2 > group.size()).map(Map.Entry::getKey).toList();
        return majority.size() == 1 ? Optional.of(majority.get(0)) : Optional.empty();
    }

    private boolean sameStem(String word, String other) {
        return other != null && stemmer.stem(Words.normalise(word)).equals(stemmer.stem(other));
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
        boolean content = n.length() > 3 && !Words.isStop(n) && n.equals(last.toLowerCase(Locale.ROOT))
                && (n.endsWith("ing") || n.endsWith("ed"));
        return content ? last.toLowerCase(Locale.ROOT) : kindWord(c.kind());
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
