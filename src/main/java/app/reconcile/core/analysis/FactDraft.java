package app.reconcile.core.analysis;

import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A fact before it is numbered: what every finder (quantities, names, quotes) hands to the analyzer. */
public record FactDraft(FactKind kind, String label, Verdict verdict, List<Mention> mentions, String detail) {
    public FactDraft {
        mentions = List.copyOf(mentions);
        detail = detail == null ? "" : detail;
    }

    /** The numbered fact, its mentions ordered by article (in the analysed order), then offset. */
    public Fact toFact(String id, Map<String, Integer> articleOrder) {
        List<Mention> ordered = mentions.stream()
                .sorted(Comparator.comparingInt((Mention m) -> articleOrder.getOrDefault(m.articleId(), 0))
                        .thenComparingInt(Mention::start))
                .toList();
        return new Fact(id, kind, label, verdict, ordered, null, detail);
    }

    /** Where the fact is first stated: (article position, offset), for a reading order among facts. */
    long firstPosition(Map<String, Integer> articleOrder) {
        return mentions.stream()
                .mapToLong(m -> ((long) articleOrder.getOrDefault(m.articleId(), 0) << 32) + m.start())
                .min().orElse(0);
    }
}
