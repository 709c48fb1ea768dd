package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.value.Relation;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares two quotations word by word. A strict sub-span is compatible (one article quoted less); a small
 * replacement or insertion inside an otherwise shared wording is a conflict ("quite useful" / "very useful").
 */
public final class QuoteComparator {
    private static final int MIN_SHARED = 3;
    private static final double MIN_SHARED_SHARE = 0.6;

    /** @return the relation, or INCOMPARABLE when the two are not the same quotation */
    public Relation relate(List<String> a, List<String> b) {
        if (a.equals(b)) {
            return Relation.SAME;
        }
        if (Collections.indexOfSubList(a, b) >= 0 || Collections.indexOfSubList(b, a) >= 0) {
            return Math.min(a.size(), b.size()) >= MIN_SHARED ? Relation.COMPATIBLE : Relation.INCOMPARABLE;
        }
        Patch<String> patch = DiffUtils.diff(a, b);
        int changed = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            changed += Math.max(d.getSource().size(), d.getTarget().size());
        }
        int shared = a.size() - patch.getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        int shorter = Math.min(a.size(), b.size());
        boolean sameQuote = shared >= MIN_SHARED && shared >= MIN_SHARED_SHARE * shorter
                && changed <= Math.max(2, Math.max(a.size(), b.size()) / 3);
        return sameQuote ? Relation.CONFLICT : Relation.INCOMPARABLE;
    }

    /** The word-level difference, e.g. "quite → very". */
    public String detail(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        return patch.getDeltas().stream().map(d -> {
            String from = String.join(" ", d.getSource().getLines());
            String to = String.join(" ", d.getTarget().getLines());
            if (from.isEmpty()) {
                return "+ " + to;
            }
            return to.isEmpty() ? "− " + from : from + " → " + to;
        }).collect(Collectors.joining("; "));
    }
}
