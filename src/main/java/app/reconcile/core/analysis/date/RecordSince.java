package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.knowledge.WordList;
import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.value.DateValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far back a record reaches: "the largest demonstration in the country since 2019" and "the biggest rally
 * the country has seen in four years" both say since when the event is unmatched. Reporters tell it either way,
 * so "in four years" in an article of 2026 is read as the year 2022, and both are dates of one thing, the
 * record ({@link #THING}): "since 2019" / "in four years" then conflict, "in 50 years" / "since 1975" agree. Only
 * after a superlative in the same clause ("the largest", "the worst", "the first time"): "since 2019" alone
 * is any start, and "in four years" any span.
 */
final class RecordSince {
    /** The counted thing of a record's year. */
    static final String THING = "record";
    /** "in four years", "in 16 years", "in a decade", "in the past three decades". */
    private static final Pattern SPAN = Pattern.compile(
            "\\bin\\s+(?:(?:the\\s+)?(?:past|last)\\s+)?(?<n>\\d{1,3}|[a-z]+(?:-[a-z]+)?)\\s+(?<unit>years?|decades?)\\b");
    private static final Set<String> SUPERLATIVES = Set.of("worst", "best", "most", "least", "first");
    /** How far back the superlative is looked for, in chars. */
    private static final int REACH = 90;
    private static final int LAST_YEAR = 3000;

    private final NumberWords numberWords;

    RecordSince(NumberWords numberWords) {
        this.numberWords = numberWords;
    }

    /** The record spans of a sentence ("four years" of "in four years"), as the year they reach back to. */
    List<DateMatch> find(String sentence, LocalDate articleDate) {
        if (articleDate == null || !sentence.contains(" in ") || !mentionsSpan(sentence)) {
            return List.of(); // cheap test before the pattern
        }
        List<DateMatch> out = new ArrayList<>(1);
        Matcher m = SPAN.matcher(sentence);
        while (m.find()) {
            if (!afterSuperlative(sentence, m.start())) {
                continue;
            }
            String n = m.group("n");
            OptionalDouble count = n.equals("a") || n.equals("one") ? OptionalDouble.of(1)
                    : Character.isDigit(n.charAt(0)) ? OptionalDouble.of(Integer.parseInt(n)) : numberWords.parse(n);
            if (count.isEmpty() || count.getAsDouble() < 1 || count.getAsDouble() != Math.rint(count.getAsDouble())) {
                continue;
            }
            int years = (int) count.getAsDouble() * (m.group("unit").startsWith("decade") ? 10 : 1);
            int year = articleDate.getYear() - years;
            if (year > 0 && year < LAST_YEAR) {
                out.add(new DateMatch(m.start("n"), m.end("unit"), DateValue.of(year, 0, 0)));
            }
        }
        return out;
    }

    private static boolean mentionsSpan(String sentence) {
        return sentence.contains("year") || sentence.contains("decade");
    }

    /**
     * A superlative ("largest", "worst", "first") stands within {@link #REACH} chars before {@code at}, with no
     * end of clause (; : or a full stop) between: the span or year at {@code at} is how far its record reaches.
     */
    static boolean afterSuperlative(String sentence, int at) {
        int from = Math.max(0, at - REACH);
        for (int i = at - 1; i >= from; i--) {
            char c = sentence.charAt(i);
            if (c == ';' || c == ':' || c == '.' && i > 0 && Character.isLowerCase(sentence.charAt(i - 1))) {
                from = i + 1;
                break;
            }
        }
        Matcher w = WORD.matcher(sentence).region(from, at);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (SUPERLATIVES.contains(word) || word.length() >= 6 && word.endsWith("est") && !NOT_SUPERLATIVE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Words in -est that are no superlative ({@code knowledge/not-superlatives.tsv}). */
    private static final WordList NOT_SUPERLATIVE = WordList.load("not-superlatives");
}
