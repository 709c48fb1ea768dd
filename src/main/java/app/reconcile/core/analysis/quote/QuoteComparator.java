package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.text.Words;

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
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");
    private static final double MIN_SHARED_SHARE = 0.6;
    private static final int MIN_REWORDED = 6;
    private static final double REWORDED_SHARE = 0.8;

    /** @return the relation, or INCOMPARABLE when the two are not the same quotation */
    public Relation relate(List<String> a, List<String> b) {
        if (a.equals(b)) {
            return Relation.SAME;
        }
        if (Collections.indexOfSubList(a, b) >= 0 || Collections.indexOfSubList(b, a) >= 0) {
            return Math.min(a.size(), b.size()) >= MIN_SHARED ? Relation.COMPATIBLE : Relation.INCOMPARABLE;
        }
        int shorter = Math.min(a.size(), b.size());
        // the words a diff can keep are at most the words both share: too few, and no diff is needed
        if (commonWords(a, b) < Math.max(MIN_SHARED, MIN_SHARED_SHARE * shorter)) {
            return Relation.INCOMPARABLE;
        }
        Patch<String> patch = DiffUtils.diff(a, b);
        int changed = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            if (!atEdge(d, a.size(), b.size())) {
                changed += Math.max(d.getSource().size(), d.getTarget().size());
            }
        }
        int shared = a.size() - patch.getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        boolean sameQuote = shared >= MIN_SHARED && shared >= MIN_SHARED_SHARE * shorter
                && changed <= Math.max(2, Math.max(a.size(), b.size()) / 3);
        if (!sameQuote) {
            return reworded(a, b) ? Relation.CONFLICT : Relation.INCOMPARABLE;
        }
        boolean substantive = patch.getDeltas().stream().anyMatch(d -> !atEdge(d, a.size(), b.size())
                && substantive(d.getSource().getLines(), d.getTarget().getLines()));
        return substantive ? Relation.CONFLICT : Relation.COMPATIBLE;
    }

    /**
     * The same words said in another order: nearly every word of the shorter quotation is in the longer one,
     * and one of them at least carries meaning ("If there was any more I could give you, I would"
     * / "If I could give you more, I would"). One of the two reports reworded what was said.
     */
    static boolean reworded(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() < MIN_REWORDED) {
            return false;
        }
        int common = commonWords(shorter, longer);
        long meaningful = shorter.stream().distinct().filter(longer::contains).filter(w -> !Words.isStop(w)).count();
        return common >= REWORDED_SHARE * shorter.size() && meaningful >= 1;
    }

    /** The size of the multiset intersection of the two word lists: an upper bound of what a diff keeps. */
    private static int commonWords(List<String> a, List<String> b) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String w : a) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : b) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                counts.put(w, left - 1);
                common++;
            }
        }
        return common;
    }

    /**
     * Words one article quoted and the other did not, before or after the shared part: a shorter quotation
     * of a longer one ("This is a sad day" against "This is a painful day ..., and those responsible ...")
     * is still the same quotation, so its untold tail is not counted as changed.
     */
    private static boolean atEdge(AbstractDelta<String> d, int sizeA, int sizeB) {
        boolean oneSided = d.getSource().size() == 0 || d.getTarget().size() == 0;
        boolean atStart = d.getSource().getPosition() == 0 && d.getTarget().getPosition() == 0;
        boolean atEnd = d.getSource().getPosition() + d.getSource().size() == sizeA
                && d.getTarget().getPosition() + d.getTarget().size() == sizeB;
        return oneSided && (atStart || atEnd);
    }

    /**
     * Articles, spelling variants (toward/towards) and an abbreviation against its expansion (US / United
     * States) do not change what was said; any other changed word does.
     */
    private static boolean substantive(List<String> from, List<String> to) {
        List<String> f = from.stream().filter(w -> !ARTICLES.contains(w)).toList();
        List<String> t = to.stream().filter(w -> !ARTICLES.contains(w)).toList();
        if (f.isEmpty() && t.isEmpty()) {
            return false;
        }
        if (String.join("", f).equals(String.join("", t))) {
            return false; // "data center" / "datacenter": one word written in two ways
        }
        if (numbersSpelledOut(f).equals(numbersSpelledOut(t))) {
            return false; // "this eleventh-hour regulation" / "this 11th hour regulation": one number written two ways
        }
        if (f.size() == 1 && t.size() == 1) {
            String x = f.get(0);
            String y = t.get(0);
            return !(Math.min(x.length(), y.length()) >= 4 && (x.startsWith(y) || y.startsWith(x))
                    && Math.abs(x.length() - y.length()) <= 2 || spelledOtherwise(x, y));
        }
        return !(isAbbreviation(f, t) || isAbbreviation(t, f));
    }

    /** Small numbers as words, to their value ("twelve" and "12" read "#12", "eleventh" and "11th" read "#11th"). */
    private static final java.util.Map<String, String> NUMBER_WORDS = numberWords();
    private static final java.util.regex.Pattern ORDINAL_DIGITS = java.util.regex.Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    private static java.util.Map<String, String> numberWords() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        app.reconcile.core.analysis.knowledge.NumberNames.cardinals()
                .forEach(n -> out.put(n.word(), "#" + (long) n.value()));
        app.reconcile.core.analysis.knowledge.NumberNames.ordinals()
                .forEach(n -> out.put(n.word(), "#" + (long) n.value() + "th"));
        return java.util.Map.copyOf(out);
    }

    /** The words with hyphens opened and every number, in words or digits, as its value. */
    static String numbersSpelledOut(List<String> words) {
        List<String> parts = new java.util.ArrayList<>();
        words.forEach(w -> parts.addAll(List.of(w.split("-"))));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean digits = !part.isEmpty() && part.chars().allMatch(Character::isDigit);
            // the words of a quotation may split "11th" into "11" and "th"
            if (digits && i + 1 < parts.size() && parts.get(i + 1).matches("st|nd|rd|th")) {
                part = part + parts.get(++i);
            }
            java.util.regex.Matcher ordinal = ORDINAL_DIGITS.matcher(part);
            String value = ordinal.matches() ? "#" + ordinal.group(1) + "th"
                    : digits ? "#" + part
                    : NUMBER_WORDS.getOrDefault(part, part);
            out.append(value).append(' ');
        }
        return out.toString().strip();
    }

    /**
     * One word in two spellings: one letter apart in a word of five or more ("offense" / "offence",
     * "organise" / "organize"), or British against American endings ("centre" / "center", "colour" / "color").
     */
    static boolean spelledOtherwise(String x, String y) {
        if (Math.min(x.length(), y.length()) >= 5
                && org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(x, y) == 1
                && x.length() == y.length()) {
            return true;
        }
        return american(x).equals(american(y));
    }

    private static String american(String w) {
        String s = w.endsWith("re") && w.length() > 4 ? w.substring(0, w.length() - 2) + "er" : w;
        return s.replace("our", "or");
    }

    private static boolean isAbbreviation(List<String> shortForm, List<String> longForm) {
        if (shortForm.size() != 1 || longForm.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        longForm.forEach(w -> initials.append(w.charAt(0)));
        return shortForm.get(0).replace(".", "").equals(initials.toString());
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
