package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.Calendar;
import app.reconcile.core.analysis.knowledge.WordList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person, party or place a value belongs to, when a proper name stands right next to it in its clause:
 * "Lopes received 412,870 votes against 347,512 for Tavares" gives Lopes to the first value and Tavares to the
 * second. Two values held by different names are two facts, however alike their sentences; this is what tells
 * the winner's and the runner-up's votes apart when both sentences name both candidates.
 *
 * <p>A capitalised word opening a sentence is taken as a name only when the article also writes it capitalised
 * inside a sentence ("Lopes received ..." after "Maria Fernanda Lopes"), so "Turnout was 68%" holds no name.
 */
public final class ValueHolder {
    /** Key prefix of a holder in {@code Candidate.keys()}. */
    public static final String PREFIX = "^";

    /**
     * Capitalised words that are no names ({@code knowledge/not-names.tsv}), and the months and weekdays
     * ({@code knowledge/months.tsv}, {@code knowledge/weekdays.tsv}).
     */
    private static final Set<String> NOT_NAMES = notNames();
    /** Words that open a new clause or list item: a name before them belongs to what came before. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "while", "whereas");
    private static final int BEFORE = 3;
    private static final int REACH_BEFORE = 60;
    private static final int REACH_AFTER = 50;
    private static final int AFTER = 2;
    private static final int PREFIX_LENGTH = 5;

    private final Set<String> articleNames;

    private static Set<String> notNames() {
        Set<String> out = new HashSet<>(WordList.load("not-names").words());
        out.addAll(Calendar.lowerCaseNames());
        return Set.copyOf(out);
    }

    private ValueHolder(Set<String> articleNames) {
        this.articleNames = articleNames;
    }

    /** Reads which capitalised words the article uses as names inside its sentences. */
    public static ValueHolder of(List<Sentence> articleSentences) {
        Set<String> names = new HashSet<>();
        for (Sentence s : articleSentences) {
            WordScanner m = new WordScanner(s.text());
            boolean first = true;
            while (m.find()) {
                if (!first && Character.isUpperCase(m.group().charAt(0))) {
                    names.add(Words.normalise(m.group()));
                }
                first = false;
            }
        }
        return new ValueHolder(names);
    }

    /**
     * The holder keys of a value at [from, to) of the sentence (offsets in the sentence): the words of the
     * nearest name phrase within a few words before it ("Nordvik Motors to cut 4,500"), else right after it
     * ("347,512 for Tavares"), inside its clause. Empty when no name is that close.
     */
    public List<String> of(String sentence, int from, int to) {
        List<String> before = new ArrayList<>();
        List<Boolean> beforeNames = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<Boolean> afterNames = new ArrayList<>();
        WordScanner m = new WordScanner(sentence);
        // only a few words either side matter: long sentences are not scanned whole for each of their values
        int lastEnd = Math.max(0, from - REACH_BEFORE);
        m.region(lastEnd, Math.min(sentence.length(), to + REACH_AFTER));
        int firstWord = firstWordStart(sentence);
        boolean afterClosed = false;
        boolean punctuatedBefore = false;
        while (m.find()) {
            String gap = sentence.substring(lastEnd, m.start());
            lastEnd = m.end();
            String word = m.group();
            boolean name = isName(word, m.start() == firstWord);
            if (m.end() <= from) {
                if (punctuated(gap) || Words.isNumeric(word)) {
                    before.clear();
                    beforeNames.clear();
                }
                if (CONJUNCTIONS.contains(word)) {
                    // "12 in Quang Nam and seven in Quang Ngai": the name before "and" holds the previous value
                    before.clear();
                    beforeNames.clear();
                    continue;
                }
                before.add(word);
                beforeNames.add(name);
            } else if (m.start() < to) {
                punctuatedBefore |= punctuated(gap);
            } else if (m.start() >= to && !afterClosed) {
                if (punctuated(gap) || Words.isNumeric(word) || after.size() >= AFTER + 2) {
                    afterClosed = true;
                } else {
                    after.add(word);
                    afterNames.add(name);
                }
            }
        }
        if (!after.isEmpty() && NationalityNouns.isPlural(after.get(0), after.size() > 1 ? after.get(1) : "")) {
            afterNames.set(0, false); // "153 Ukrainians returned home": what the value counts, not who holds it
        }
        if (!before.isEmpty() && sentence.substring(lastWordEnd(sentence, from), from).contains(")")) {
            // "TBILISI, March 16 (Reuters) - About 10,000 people": the agency of a dateline holds no value
            before.clear();
            beforeNames.clear();
        }
        // after a comma, a name that follows holds the value ("died in Quang Nam, five in Quang Ngai"); without
        // one, the name before it does ("Lopes, 47, takes office")
        List<String> following = punctuatedBefore ? nameAfter(after, afterNames) : List.of();
        if (!following.isEmpty()) {
            return following;
        }
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - BEFORE); i--) {
            if (beforeNames.get(i)) {
                int start = i;
                while (start > 0 && beforeNames.get(start - 1)) {
                    start--;
                }
                return keys(before.subList(start, i + 1));
            }
        }
        return nameAfter(after, afterNames);
    }

    private static List<String> nameAfter(List<String> after, List<Boolean> afterNames) {
        for (int i = 0; i < Math.min(AFTER, after.size()); i++) {
            if (afterNames.get(i)) {
                int end = i;
                while (end + 1 < after.size() && afterNames.get(end + 1)) {
                    end++;
                }
                return keys(after.subList(i, end + 1));
            }
        }
        return List.of();
    }

    /** Where the last word before {@code from} ends (0 when none does). */
    private static int lastWordEnd(String sentence, int from) {
        int i = from;
        while (i > 0 && !Character.isLetterOrDigit(sentence.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int firstWordStart(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keys(List<String> words) {
        return words.stream().map(ValueHolder::key).distinct().toList();
    }

    private boolean isName(String word, boolean sentenceStart) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = Words.beforeHyphen(Words.normalise(word));
        if (NOT_NAMES.contains(w) || w.length() < 3 || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() <= 3) {
            return false;
        }
        return !sentenceStart || articleNames.contains(w);
    }

    private static boolean punctuated(String gap) {
        return gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("(") || gap.contains(")")
                || gap.contains("\"") || gap.contains("“") || gap.contains("”");
    }

    /** The holder key of a name or role word: one key for spelling variants that share a prefix. */
    public static String key(String word) {
        String w = Words.beforeHyphen(Words.normalise(word).toLowerCase(Locale.ROOT));
        return PREFIX + w.substring(0, Math.min(PREFIX_LENGTH, w.length()));
    }

    public static boolean isHolder(String key) {
        return key.startsWith(PREFIX);
    }
}
