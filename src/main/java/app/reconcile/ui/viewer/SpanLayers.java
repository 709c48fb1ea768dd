package app.reconcile.ui.viewer;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns highlight layers into the one {@link StyleSpans} a text area applies. Each layer may contain
 * overlapping ranges (two facts sharing words); within a layer they are swept into disjoint spans, then
 * the layers are merged with {@link StyleSpans#overlay} so every position carries the union of classes.
 * Pure computation: testable without a stage.
 */
public final class SpanLayers {
    private SpanLayers() {
    }

    /** All {@code layers} merged over a text of {@code length} characters; ranges beyond it are clipped. */
    public static StyleSpans<Collection<String>> merge(int length, List<List<StyledRange>> layers) {
        StyleSpans<Collection<String>> merged = layer(length, List.of());
        for (List<StyledRange> ranges : layers) {
            merged = merged.overlay(layer(length, ranges), SpanLayers::union);
        }
        return merged;
    }

    /** One layer as spans covering exactly {@code [0, length)}, gaps as empty class lists. */
    public static StyleSpans<Collection<String>> layer(int length, List<StyledRange> ranges) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (StyledRange r : ranges) {
            cuts.add(Math.min(r.start(), length));
            cuts.add(Math.min(r.end(), length));
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Set<String> classes = new LinkedHashSet<>();
            for (StyledRange r : ranges) {
                if (r.start() <= from && to <= r.end()) {
                    classes.add(r.styleClass());
                }
            }
            builder.add(List.copyOf(classes), to - from);
            from = to;
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<String> out = new ArrayList<>(a);
        for (String s : b) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
