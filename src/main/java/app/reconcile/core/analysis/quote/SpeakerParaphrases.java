package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.reading.Reader;
import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One speaker's remark as two reports word it: "I believe Brian Nichols did not win" against "I don't think
 * Brian Nichols won", both said by Greenway. Word-by-word comparison sees two quotations; their content lemmas
 * (believe, Brian, Nichols, win / think, Brian, Nichols, win) and their speaker say it is one remark, quoted
 * differently: a discrepancy an editor must settle.
 * <p>
 * Two wordings pair when they are attributed to one speaker in different articles, share at least
 * {@value #MIN_SHARED} content lemmas with a Dice coefficient of at least {@value #MIN_DICE}, and each is the
 * other's closest wording of that speaker in its article: a speaker quoted on two subjects in one article
 * keeps two remarks apart.
 */
final class SpeakerParaphrases {
    static final double MIN_DICE = 0.5;
    static final int MIN_SHARED = 2;
    /** Shorter remarks ("very happy") share too little to tell a rewording from another remark. */
    static final int MIN_CONTENT = 3;

    record Wording(String speaker, Set<String> articles, Set<String> lemmas) {
    }

    /** Index pairs {i, j}, i &lt; j, of wordings that state one remark of one speaker. */
    List<int[]> pairs(List<Wording> wordings) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < wordings.size(); i++) {
            for (int j = i + 1; j < wordings.size(); j++) {
                double d = dice(wordings.get(i), wordings.get(j));
                if (d >= MIN_DICE && closestIn(wordings, i, j, d) && closestIn(wordings, j, i, d)) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    /** No other wording of the articles of {@code other} is closer to {@code one}. */
    private static boolean closestIn(List<Wording> wordings, int one, int other, double score) {
        for (int k = 0; k < wordings.size(); k++) {
            if (k != one && k != other && !disjoint(wordings.get(k).articles(), wordings.get(other).articles())
                    && dice(wordings.get(one), wordings.get(k)) > score) {
                return false;
            }
        }
        return true;
    }

    /** Zero unless the two are one speaker's, in different articles, with enough content lemmas in common. */
    static double dice(Wording a, Wording b) {
        if (a.speaker().isEmpty() || !a.speaker().equals(b.speaker()) || !disjoint(a.articles(), b.articles())
                || a.lemmas().size() < MIN_CONTENT || b.lemmas().size() < MIN_CONTENT) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a.lemmas());
        shared.retainAll(b.lemmas());
        return shared.size() < MIN_SHARED ? 0 : 2.0 * shared.size() / (a.lemmas().size() + b.lemmas().size());
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    /** The lower-case lemmas of the content words of a quotation (stopwords left out). */
    static Set<String> contentLemmas(String text) {
        Tagged t = Reader.forThread().read(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            String lemma = t.lemma(i).toLowerCase(Locale.ROOT);
            if (t.isContent(i) && !Words.isStop(lemma) && !Words.isNumeric(lemma)) {
                out.add(lemma);
            }
        }
        return out;
    }
}
