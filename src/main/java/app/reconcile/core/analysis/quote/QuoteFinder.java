package app.reconcile.core.analysis.quote;

import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.FactDraft;
import app.reconcile.core.analysis.UnionFind;
import app.reconcile.core.analysis.value.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups quotations of several articles: reworded ones become a conflict (with the word difference as
 * detail), the same words an agreement, a shorter excerpt of a longer quotation a compatible fact.
 * Distinct wordings are compared only when they share a rare word (an inverted index), never all pairs.
 */
public final class QuoteFinder {
    private static final int LABEL_WORDS = 6;
    private static final double MAX_WORD_SHARE = 0.2;
    private static final int MIN_SHARED_WORDS = 1;
    /** A word in more wordings than this proposes no pairs, whatever their number (as in EvidenceAligner). */
    private static final int MAX_POSTING = 400;
    /**
     * Each wording is compared with at most this many others, those that share the most rare words with it
     * (and with those that keep it among theirs). A quotation is the same as a handful of others at most; an
     * article quoted whole, window after window (issue 13), would otherwise compare thousands of long wordings
     * word by word, all against all.
     */
    static final int MAX_PARTNERS = 10;

    private final QuoteComparator comparator = new QuoteComparator();

    public List<FactDraft> find(List<Quotation> quotations) {
        Map<String, List<Quotation>> byWording = new LinkedHashMap<>();
        quotations.forEach(q -> byWording.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(q));
        List<String> wordings = new ArrayList<>(byWording.keySet());
        List<List<String>> words = wordings.stream().map(w -> byWording.get(w).get(0).words()).toList();

        int n = wordings.size();
        int[] conflictParent = UnionFind.singletons(n);
        int[] otherParent = UnionFind.singletons(n);
        Map<Integer, String> details = new HashMap<>();
        for (int[] pair : candidatePairs(words)) {
            int i = pair[0];
            int j = pair[1];
            Relation r = comparator.relate(words.get(i), words.get(j));
            if (r == Relation.CONFLICT && differentArticles(byWording.get(wordings.get(i)), byWording.get(wordings.get(j)))) {
                UnionFind.union(conflictParent, i, j);
                details.merge(UnionFind.find(conflictParent, i), comparator.detail(words.get(i), words.get(j)),
                        (x, y) -> x.contains(y) ? x : x + "; " + y);
            } else if (r == Relation.COMPATIBLE) {
                UnionFind.union(otherParent, i, j);
            }
        }
        for (int[] pair : new SpeakerParaphrases().pairs(speakerWordings(wordings, byWording))) {
            int i = pair[0];
            int j = pair[1];
            Relation r = comparator.relate(words.get(i), words.get(j));
            if (r == Relation.INCOMPARABLE && UnionFind.find(conflictParent, i) != UnionFind.find(conflictParent, j)) {
                UnionFind.union(conflictParent, i, j);
                details.merge(UnionFind.find(conflictParent, i), "reworded: " + comparator.detail(words.get(i), words.get(j)),
                        (x, y) -> x.contains(y) ? x : x + "; " + y);
            }
        }
        List<FactDraft> out = new ArrayList<>();
        Set<Integer> inConflict = new java.util.HashSet<>();
        for (List<Integer> group : groups(conflictParent)) {
            if (group.size() < 2) {
                continue;
            }
            inConflict.addAll(group);
            String detail = details.getOrDefault(UnionFind.find(conflictParent, group.get(0)), "");
            out.add(draft(group, wordings, byWording, Verdict.CONFLICT, detail));
        }
        for (List<Integer> group : groups(otherParent)) {
            List<Integer> free = group.stream().filter(i -> !inConflict.contains(i)).toList();
            if (free.isEmpty()) {
                continue;
            }
            List<Quotation> qs = free.stream().flatMap(i -> byWording.get(wordings.get(i)).stream()).toList();
            if (qs.stream().map(Quotation::articleId).distinct().count() >= 2) {
                out.add(draft(free, wordings, byWording, free.size() > 1 ? Verdict.COMPATIBLE : Verdict.AGREE, ""));
            }
        }
        return out;
    }

    /** Each wording with its speaker (when all its quotations agree on one), articles and content lemmas. */
    private static List<SpeakerParaphrases.Wording> speakerWordings(List<String> wordings,
                                                                   Map<String, List<Quotation>> byWording) {
        List<SpeakerParaphrases.Wording> out = new ArrayList<>(wordings.size());
        for (String w : wordings) {
            List<Quotation> qs = byWording.get(w);
            Set<String> speakers = qs.stream().map(Quotation::speaker).collect(Collectors.toSet());
            String speaker = speakers.size() == 1 ? speakers.iterator().next() : "";
            Set<String> articles = qs.stream().map(Quotation::articleId).collect(Collectors.toSet());
            out.add(new SpeakerParaphrases.Wording(speaker, articles,
                    speaker.isEmpty() ? Set.of() : SpeakerParaphrases.contentLemmas(qs.get(0).text())));
        }
        return out;
    }

    private FactDraft draft(List<Integer> group, List<String> wordings, Map<String, List<Quotation>> byWording,
                            Verdict verdict, String detail) {
        List<Mention> mentions = new ArrayList<>();
        String longest = "";
        for (int i : group) {
            List<Quotation> same = byWording.get(wordings.get(i));
            for (Quotation q : same) {
                mentions.add(new Mention(q.articleId(), q.start(), q.end(), q.text(), same.get(0).text()));
                if (q.text().length() > longest.length()) {
                    longest = q.text();
                }
            }
        }
        if (verdict == Verdict.AGREE) {
            String v = mentions.get(0).text();
            mentions = mentions.stream().map(m -> new Mention(m.articleId(), m.start(), m.end(), m.text(), v)).toList();
        }
        String[] w = longest.split("\\s+");
        String label = "quote “" + String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(LABEL_WORDS, w.length)))
                + (w.length > LABEL_WORDS ? " …”" : "”");
        return new FactDraft(FactKind.QUOTE, label, verdict, mentions, detail);
    }

    /** Pairs of wordings sharing at least one word that is rare among the wordings. */
    static List<int[]> candidatePairs(List<List<String>> words) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (String w : Set.copyOf(words.get(i))) {
                if (app.reconcile.core.analysis.text.Words.isStop(w) || w.length() < 3) {
                    continue;
                }
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        int limit = Math.min(MAX_POSTING, Math.max(20, (int) (MAX_WORD_SHARE * words.size())));
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> posting : index.values()) {
            if (posting.size() > limit) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    shared.merge((long) posting.get(x) * words.size() + posting.get(y), 1, Integer::sum);
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        shared.forEach((key, count) -> {
            if (count >= MIN_SHARED_WORDS) {
                pairs.add(new int[] {(int) (key / words.size()), (int) (key % words.size()), count});
            }
        });
        List<int[]> kept = closestPartners(pairs, words.size());
        kept.sort(java.util.Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return kept;
    }

    /**
     * The pairs ({@code [i, j, shared words]}) among the {@link #MAX_PARTNERS} of either wording that share the
     * most words with it, ties to the earlier partner.
     */
    private static List<int[]> closestPartners(List<int[]> pairs, int wordings) {
        int[] degree = new int[wordings];
        pairs.forEach(p -> {
            degree[p[0]]++;
            degree[p[1]]++;
        });
        boolean crowded = false;
        for (int d : degree) {
            crowded |= d > MAX_PARTNERS;
        }
        if (!crowded) {
            return pairs;
        }
        Map<Integer, List<int[]>> byWording = new HashMap<>();
        pairs.forEach(p -> {
            byWording.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
            byWording.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p);
        });
        Set<int[]> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        byWording.forEach((w, own) -> own.stream()
                .sorted(java.util.Comparator.<int[]>comparingInt(p -> -p[2])
                        .thenComparingInt(p -> p[0] == w ? p[1] : p[0]))
                .limit(MAX_PARTNERS).forEach(kept::add));
        return new ArrayList<>(pairs.stream().filter(kept::contains).toList());
    }

    private static boolean differentArticles(List<Quotation> a, List<Quotation> b) {
        Set<String> ids = a.stream().map(Quotation::articleId).collect(Collectors.toSet());
        return b.stream().anyMatch(q -> !ids.contains(q.articleId()));
    }

    private static List<List<Integer>> groups(int[] parent) {
        Map<Integer, List<Integer>> g = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            g.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(g.values());
    }
}
