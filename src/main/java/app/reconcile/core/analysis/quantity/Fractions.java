package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.knowledge.NumberNames;
import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredPattern.Before;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares told as fractions: "one in five children", "nine out of 10", "a fifth of children", "two-thirds of
 * voters", "half of its sales" (the span leaves "of" to what is counted). News writes one share as "one in five", "a fifth" and "20 percent" in turn, so a fraction is a
 * percentage; it is a rounded one ("one in five" stands for 19 % as well as 21 %), hedged like "about 20%"
 * unless the text hedges it itself ("more than a third of").
 */
final class Fractions {
    /** The number words of a part ({@code knowledge/number-words.tsv}): one to nine. */
    private static final String SMALL = Alternation.of(NumberNames.cardinalWords(1, 9));
    /** ... and of a whole: one to ten. */
    private static final String WHOLE = Alternation.of(NumberNames.cardinalWords(1, 10));
    /** The hedges read before a share ({@code knowledge/hedges.tsv}). */
    private static final String QUALIFIERS = Qualifier.alternation("share");
    /**
     * A time ({@code knowledge/time-units.tsv}) or a tally after "N in M" makes it no share: "3 in 10 minutes",
     * "two in five games".
     */
    private static final String NOT_A_SHARE_AFTER = "\\s+(?:" + KnowledgeTable.load("time-units",
            "unit dimension factor symbol", "unit").column("unit").stream().map(u -> Alternation.literal(u) + "s?")
            .collect(java.util.stream.Collectors.joining("|")) + "|games|matches|races|starts|attempts)\\b";
    /** Where a fraction can start: a digit, the first letter of a qualifier, of a small number or of "a". */
    static final AnchoredPattern FRACTION = AnchoredPattern.ignoringCase(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<qual>" + QUALIFIERS + ")\\s+)?(?:"
                    + "(?<part>" + SMALL + "|\\d{1,2})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?"
                    + "(?<whole>" + WHOLE + "|\\d{1,3})(?![\\p{L}\\p{N}]|[.,]\\d|" + NOT_A_SHARE_AFTER + ")"
                    + "|(?:a|one)\\s+(?<denom>third|quarter|fifth|tenth)(?=\\s+of\\b)"
                    + "|(?<num>two|three|four)[\\s\\-](?<denoms>thirds|quarters|fifths|tenths)(?=\\s+of\\b)"
                    // "half of the company's sales"; "the first half of 2008" is a time, not a share
                    + "|(?<!(?:first|second|1st|2nd)\\s)(?<half>half)(?=\\s+of\\b))",
            Pattern.CASE_INSENSITIVE), "0123456789otfsenarmlh", Before.NO_LETTER_OR_DIGIT);

    /** A share found in a sentence: [start, end) in it, in percent, with its hedge. */
    record Fraction(int start, int end, double percent, Qualifier qualifier) {
    }

    private final NumberWords numberWords;

    Fractions(NumberWords numberWords) {
        this.numberWords = numberWords;
    }

    /** A cheap test before the pattern: every fraction holds a number word, an ordinal or "quarter". */
    static boolean mayHoldFraction(String sentence, boolean mayHoldNumber) {
        return mayHoldNumber || containsIgnoringCase(sentence, "quarter") || containsIgnoringCase(sentence, "half");
    }

    private static boolean containsIgnoringCase(String text, String lowerWord) {
        for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    List<Fraction> find(String sentence) {
        List<Fraction> out = new ArrayList<>();
        AnchoredPattern.Scan scan = FRACTION.scan(sentence);
        while (scan.find()) {
            Matcher m = scan.matcher();
            OptionalDouble share = share(m);
            if (share.isPresent()) {
                Qualifier q = m.group("qual") == null ? Qualifier.APPROXIMATE : Qualifier.of(m.group("qual"));
                out.add(new Fraction(m.start(), m.end(), share.getAsDouble(), q));
            }
        }
        return out;
    }

    /** The share in percent, or empty when the part is not smaller than the whole ("five in two"). */
    private OptionalDouble share(Matcher m) {
        if (m.group("half") != null) {
            return OptionalDouble.of(50);
        }
        if (m.group("part") != null) {
            double part = number(m.group("part"));
            double whole = number(m.group("whole"));
            return part > 0 && part < whole ? OptionalDouble.of(100 * part / whole) : OptionalDouble.empty();
        }
        double numerator = m.group("num") == null ? 1 : number(m.group("num"));
        String denominator = (m.group("denom") != null ? m.group("denom") : m.group("denoms")).toLowerCase(Locale.ROOT);
        double whole = switch (denominator.endsWith("s") ? denominator.substring(0, denominator.length() - 1) : denominator) {
            case "third" -> 3;
            case "quarter" -> 4;
            case "fifth" -> 5;
            default -> 10;
        };
        return numerator < whole ? OptionalDouble.of(100 * numerator / whole) : OptionalDouble.empty();
    }

    private double number(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return Double.parseDouble(word);
        }
        return numberWords.parse(word.toLowerCase(Locale.ROOT)).orElse(0);
    }
}
