package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.WordList;
import app.reconcile.core.analysis.text.ValueHolder;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a bare number is someone's age, and whose: "Lopes, 47, takes office", "the 55-year-old driver",
 * "the driver of the second train, aged 52", "The youngest of the victims was 24". The holders (role nouns
 * and "youngest"/"oldest", as {@link ValueHolder} keys) let two ages of one person meet and keep the ages of
 * different people apart.
 */
final class Ages {
    /** A person named right before the value and nothing after it: "said Hussein Kadhim, 34." */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("^\\s*(?:[,.;)]|$)");
    private static final Pattern APPOSITION_BEFORE =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]+,\\s*$");
    /** "aged 52", "at the age of 52". */
    private static final Pattern AGED_BEFORE =
            Pattern.compile("(?i)\\b(?:aged|age\\s+of)\\s*$");
    /** The person an age belongs to: "the driver of the second train, aged 52" (before the value). */
    private static final Pattern ROLE_BEFORE_AGED = Pattern.compile(
            "(?i)\\b(?:the|a|an|his|her|their)\\s+(\\p{Ll}{3,})(?:\\s+(?:of|from|on|in|at)\\s+[^,]{1,40})?,\\s*(?:aged|age\\s+of)\\s*$");
    /** ... or after it: "the 55-year-old driver", "the 11-year old girl" (the second hyphen left out). */
    private static final Pattern ROLE_AFTER_OLD = Pattern.compile("^[-\\s]old\\s+(\\p{Ll}{3,})\\b");
    /** "-old" after "N-year": "12-year-old", and "12-year old" as writers also spell it. */
    private static final Pattern OLD_AFTER = Pattern.compile("^(?:-|\\s)olds?(?![\\p{L}-])");
    /** "The youngest of the victims was", "the oldest victim is", "the youngest, aged" before an age. */
    private static final Pattern EXTREME_WAS = Pattern.compile(
            "(?i)\\b(youngest|oldest)\\b[^,.;:]{0,40}?\\b(?:was|is)\\s*$");
    /** "-old apprentice, the youngest victim" after an age. */
    private static final Pattern ROLE_AFTER_EXTREME = Pattern.compile(
            "(?i)[-\\s]old(?:\\s+\\p{Ll}+){0,2},?\\s+(?:the\\s+)?(youngest|oldest)\\b");
    /** People whom a story may well hold several of, each with an age ({@code knowledge/generic-people.tsv}). */
    private static final Set<String> GENERIC_PEOPLE = WordList.load("generic-people").words();

    private Ages() {
    }

    /**
     * The holder keys of the age {@code amount} is, or empty when it is no age.
     *
     * @param before the sentence text before the value
     * @param after  the sentence text after the value (and its unit)
     */
    static Optional<List<String>> holders(String before, String after, double amount) {
        boolean ageLike = amount >= 1 && amount < 120 && amount == Math.rint(amount);
        if (!ageLike) {
            return Optional.empty();
        }
        if (APPOSITION_BEFORE.matcher(before).find() && ENDS_CLAUSE.matcher(after).lookingAt()
                || oldFollows(after)
                || AGED_BEFORE.matcher(before).find()) {
            return Optional.of(extreme(after, ROLE_AFTER_EXTREME, role(before, after)));
        }
        if (mayNameExtreme(before)) {
            Matcher m = EXTREME_WAS.matcher(before);
            if (m.find()) { // "The youngest of the victims was 24"
                return Optional.of(List.of(ValueHolder.key(m.group(1).toLowerCase(Locale.ROOT))));
            }
        }
        return Optional.empty();
    }

    /** Whether the text after "N-year" makes it an age: "-old", "-olds", or " old" as some writers spell it. */
    static boolean oldFollows(String after) {
        return OLD_AFTER.matcher(after).lookingAt();
    }

    /** A cheap test before the patterns of the youngest or oldest. */
    private static boolean mayNameExtreme(String text) {
        return text.contains("youngest") || text.contains("oldest");
    }

    /**
     * The roles of an age, with "youngest" or "oldest" when the words after it say so ("a 22-year-old
     * apprentice, the youngest victim"): the youngest of a story's dead has one age, whoever else is named.
     */
    private static List<String> extreme(String after, Pattern pattern, List<String> roles) {
        if (!mayNameExtreme(after)) {
            return roles;
        }
        Matcher m = pattern.matcher(after);
        if (!m.lookingAt()) {
            return roles;
        }
        List<String> out = new ArrayList<>(roles);
        out.add(ValueHolder.key(m.group(1).toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The holder key ({@link ValueHolder}) of the role an age belongs to ("driver"), so that "the driver,
     * aged 52" and "the 55-year-old driver" are one attribute of one person; none for generic nouns.
     */
    private static List<String> role(String before, String after) {
        Matcher m = ROLE_BEFORE_AGED.matcher(before);
        Matcher n = ROLE_AFTER_OLD.matcher(after);
        String noun = m.find() ? m.group(1) : n.find() ? n.group(1) : "";
        noun = noun.toLowerCase(Locale.ROOT);
        if (noun.isEmpty() || GENERIC_PEOPLE.contains(noun) || Words.isStop(noun)) {
            return List.of();
        }
        return List.of(ValueHolder.key(noun));
    }
}
