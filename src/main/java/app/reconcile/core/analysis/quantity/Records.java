package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.WordList;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.RecordValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds records and scores told as hyphenated counts: "improved to 52-3", "(45-1, 33 KOs)", "an 18-30
 * record", "a 9-3 vote", "14-13-2". Two counts are a record when the second is lower than the first (a range
 * never runs downwards), when there are three, or when a record word follows ({@code record-words.tsv});
 * otherwise they are left to be read as a range ("2-3 hours").
 */
public final class Records {
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,$£€-])(\\d{1,3})-(\\d{1,3})(?:-(\\d{1,3}))?(?![\\p{N}.,]?\\p{N}|-\\p{L}|\\p{L})");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[\\s,)]*(?:[\\p{L}-]+\\s+)?([\\p{L}]+)");
    private static final WordList WORDS = WordList.load("record-words");

    public List<Candidate> extract(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = PAIR.matcher(s.text());
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean three = m.group(3) != null;
            String word = recordWordFollowing(s.text(), m.end());
            word = word.isEmpty() ? recordWordBeforeIt(s.text(), m.start()) : word;
            if (!three && b >= a && word.isEmpty()) {
                continue;
            }
            int[] parts = three ? new int[] {a, b, Integer.parseInt(m.group(3))} : new int[] {a, b};
            // a game's score ("a 45-36 lead", "won 65-53") is another fact than a team's record ("improved to 25-7")
            String thing = !word.isEmpty() && WORDS.idOf(word).startsWith(SCORE_ID) ? "score" : "record";
            out.add(new Candidate(s, s.start() + m.start(), s.start() + m.end(), m.group(), FactKind.NUMBER,
                    new RecordValue(parts), thing, List.of(), thing));
        }
        return out;
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\s+(?:of\\s+|at\\s+|to\\s+)?$");

    /** The ids of the words that make a pair a game's score rather than a record ({@code record-words.tsv}). */
    private static final String SCORE_ID = "score.";

    /** A record word right before the pair, or before an "of", "at" or "to" ("a record of 284-286"); "" for none. */
    private static String recordWordBeforeIt(String text, int start) {
        Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        return w.find() && WORDS.contains(w.group(1)) ? w.group(1) : "";
    }

    /** A record word right after the pair, or after one word in between ("an 18-30 home record"); "" for none. */
    private static String recordWordFollowing(String text, int from) {
        Matcher w = NEXT_WORD.matcher(text);
        if (!w.find(from)) {
            return "";
        }
        String word = w.group(1);
        if (WORDS.contains(word)) {
            return word;
        }
        // the word right after the pair, when the optional word in between took it
        Matcher first = Pattern.compile("\\G[\\s,)]*([\\p{L}]+)").matcher(text);
        return first.find(from) && WORDS.contains(first.group(1)) ? first.group(1) : "";
    }
}
