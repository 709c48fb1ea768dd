package app.reconcile.core.analysis;

import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;

import java.util.Comparator;
import java.util.List;

/** A fact before it is numbered: what every finder (quantities, names, quotes) hands to the analyzer. */
public record FactDraft(FactKind kind, String label, Verdict verdict, List<Mention> mentions, String detail) {
    public FactDraft {
        mentions = mentions.stream()
                .sorted(Comparator.comparing(Mention::articleId).thenComparingInt(Mention::start))
                .toList();
        detail = detail == null ? "" : detail;
    }

    public Fact toFact(String id) {
        return new Fact(id, kind, label, verdict, mentions, null, detail);
    }

    /** Offset of the first mention, to keep a reading order among facts of one verdict. */
    int firstOffset() {
        return mentions.isEmpty() ? 0 : mentions.get(0).start();
    }
}
