package app.reconcile.core.analysis.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Test support: what a plain {@code find()} loop and an {@link AnchoredPattern} scan each report. */
public final class AnchoredScans {
    private AnchoredScans() {
    }

    /** Every match of a plain find() loop over {@code text}: offsets and every group. */
    public static List<String> byFind(AnchoredPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    /** Every match of the anchored scan, described as {@link #byFind} describes them. */
    public static List<String> byScan(AnchoredPattern p, String text) {
        List<String> out = new ArrayList<>();
        AnchoredPattern.Scan scan = p.scan(text);
        while (scan.find()) {
            out.add(describe(scan.matcher()));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 0; g <= m.groupCount(); g++) {
            b.append('|').append(m.start(g)).append(':').append(m.group(g));
        }
        return b.toString();
    }

    /**
     * Texts made of the words a pattern looks for, digits, separators and odd characters, glued with or
     * without spaces, so that matches start in every kind of place (mid-word, after a digit, after an
     * apostrophe, after a surrogate pair).
     */
    public static Arbitrary<String> textsOf(String... words) {
        List<String> pieces = new ArrayList<>(List.of(words));
        for (String w : words) {
            pieces.add(w.toUpperCase(java.util.Locale.ROOT));
            pieces.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        pieces.addAll(List.of(" ", " ", " ", "  ", "-", "–", ",", ".", ":", "'", "’", "$", "£", "€", "%", "(", ")",
                "\n", "0", "1", "2", "3", "7", "9", "12", "19", "20", "2025", "1,200", "3.5", "_", "x", "é", "\u0301",
                "\uD835\uDC00", "½", "²", "st", "th", "am", "p.m.", "s"));
        return Arbitraries.of(pieces).list().ofMaxSize(14).map(l -> String.join("", l));
    }
}
