package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredPattern.Before;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts, percentages, money amounts and durations in a sentence, with their hedges and what they
 * count: "roughly three-hour" (~3 h), "$200m" (USD 200000000), "25 percent" (25%), "24 to 36 hours".
 */
public final class QuantityExtractor {
    private static final String WORDNUM = "(?:half\\s+a\\s+dozen|a\\s+dozen|(?:" + NumberWords.UNIT_WORDS
            + ")(?:(?:[\\s\\-]+and)?[\\s\\-]+(?:" + NumberWords.UNIT_WORDS + "))*(?:[\\s\\-]+dozen\\b)?"
            + "(?:[\\s\\-]+and[\\s\\-]+a[\\s\\-]+half)?)";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String NUM = "(?:" + DIGITS + "|" + WORDNUM + ")";
    /** The scale words of {@code knowledge/number-words.tsv} ("thousand" ... "trillion"). */
    private static final String SCALE_WORDS = Alternation.of(NumberWords.scaleWords());
    private static final String SCALE = "(?:\\s(?:" + SCALE_WORDS + ")|(?:bn|m(?![²³])|k))";
    /** The end of a number: a word boundary, or a unit written straight after its digits ("1.2km", "5t"). */
    private static final String NUMBER_END = "(?:\\b|(?<=\\d)(?=" + Units.PATTERN + "))";
    private static final String UNITS = Durations.alternation();
    /**
     * What joins the ends of a range: "24 to 36", "2-3", "$1.55 to $1.65" (the second end may repeat the
     * first's currency sign), and "and" only after "between" ("between $1.50 and $1.60 a share": a company's
     * guidance, read as one range, not as two sums).
     */
    private static final String RANGE_SEPARATOR = "(?:\\s*(?:to|-|–)\\s*"
            + "|(?<=\\bbetween\\s\\S{1,20}(?:\\s(?:" + SCALE_WORDS + "))?)\\s+and\\s+)";
    /**
     * What a quantity can start with, at the start of a word: a digit, a currency sign, or a letter (a currency
     * code, a qualifier such as "about", a number word). Every letter, and every character of
     * {@link Currencies#BEFORE}, so that a currency added there needs no change here.
     */
    private static final String QUANTITY_STARTS = "0123456789abcdefghijklmnopqrstuvwxyz" + Currencies.BEFORE;
    static final AnchoredPattern QUANTITY = AnchoredPattern.ignoringCase(Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])"
                    // not the number of a designation: "F-16", "COVID-19", "Su-27" name a thing, they count nothing
                    + "(?<!(?-i:\\p{Lu})\\p{L}{0,8}-)"
                    + "(?:(?<qual>" + Qualifier.alternation("count") + ")\\s+)?"
                    + "(?<cur>" + Currencies.BEFORE + ")?"
                    + "(?<num>" + NUM + ")(?<scale>" + SCALE + ")?(?:(?<pence>p)\\b|" + NUMBER_END + ")"
                    + "(?:" + RANGE_SEPARATOR + "(?:\\k<cur>)?(?<num2>" + NUM + ")(?<scale2>" + SCALE + ")?" + NUMBER_END + ")?"
                    + "(?<measure>" + Units.PATTERN + ")?"
                    + "(?<pct>\\s?%|\\s+percent\\b|\\s+per\\s+cent\\b)?"
                    + "(?<points>\\s+(?:(?<basis>basis\\s+points?|bps)|percentage[\\s\\-]points?)\\b)?"
                    + "(?<unit>-(?:" + UNITS + ")s?\\b|\\s+(?:" + UNITS + ")s?\\b)?"
                    + "(?<curword>\\s+(?:" + Currencies.AFTER + ")\\b)?",
            Pattern.CASE_INSENSITIVE), QUANTITY_STARTS, Before.NO_LETTER_OR_DIGIT);
    /** "fifth", "twenty-third", and in digits "5th", "21st" (days of a month were taken as dates before). */
    static final AnchoredPattern ORDINAL = AnchoredPattern.ignoringCase(Pattern.compile(
            "\\b(?:(?:(?:" + NumberWords.TENS_WORDS + ")-)?(?:" + NumberWords.ORDINAL_WORDS + ")"
                    + "|(?<digits>\\d{1,3})(?:st|nd|rd|th))\\b",
            Pattern.CASE_INSENSITIVE), "0123456789tfsenh", Before.NO_LETTER_OR_DIGIT);

    private static final Pattern YEAR_DIGITS = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\-]");

    /**
     * A change of a rate told as a fraction of a percentage point ("a quarter of a percentage point", "half a
     * percentage point", "a full percentage point"); tried only in sentences that say "percentage point".
     */
    private static final Pattern FRACTION_OF_POINT = Pattern.compile(
            "\\b(?<fraction>(?:a|one)\\s+quarter|a\\s+half|half|three[\\s\\-]quarters|a\\s+full|a|one)"
                    + "\\s+(?:of\\s+)?(?:a\\s+)?percentage[\\s\\-]points?\\b", Pattern.CASE_INSENSITIVE);
    private static final String PERCENTAGE_POINT = "percentage point";

    private final NumberWords numberWords;
    private final CountedThing countedThing;
    private final Fractions fractions;
    private final LightStemmer stemmer;
    private final EventFrames frames;
    private final WhatIsCounted whatIsCounted;
    private final Measurements measurements;

    public QuantityExtractor(NumberWords numberWords, LightStemmer stemmer) {
        this.numberWords = numberWords;
        this.stemmer = stemmer;
        this.countedThing = new CountedThing(stemmer);
        this.fractions = new Fractions(numberWords);
        this.frames = new EventFrames(stemmer);
        this.whatIsCounted = new WhatIsCounted(countedThing, stemmer);
        this.measurements = new Measurements(countedThing, stemmer);
    }

    /** Quantities of the sentence, skipping any that overlap {@code taken} (spans already read as dates). */
    public List<Candidate> extract(Sentence sentence, List<int[]> taken) {
        List<Candidate> out = new ArrayList<>();
        String s = sentence.text();
        boolean points = s.contains(PERCENTAGE_POINT);
        boolean wordsFirst = points; // values found before the number scan: sorted into reading order after it
        if (points) {
            fractionsOfPoint(sentence, taken, out); // "half a percentage point" holds no number word
        }
        boolean mayHoldNumber = NumberWords.mayHoldNumber(s);
        if (Fractions.mayHoldFraction(s, mayHoldNumber)) {
            wordsFirst |= shares(sentence, taken, out); // "one in five", "a quarter of": shares, before their numbers
        }
        if (out.isEmpty() && !mayHoldNumber) {
            return out;
        }
        AnchoredPattern.Scan quantities = QUANTITY.scan(s);
        while (quantities.find()) {
            Matcher m = quantities.matcher();
            if (m.group().isBlank() || overlaps(taken, sentence.start() + m.start(), sentence.start() + m.end())
                    || overlapsAny(out, sentence.start() + m.start(), sentence.start() + m.end())) {
                continue;
            }
            QuantityReading r = read(m, s);
            if (r != null && r.finite()) {
                out.add(candidate(sentence, m.start(), m.end(), r));
            }
        }
        if (wordsFirst) {
            out.sort(java.util.Comparator.comparingInt(Candidate::start)); // reading order, for what follows
        }
        out = new ArrayList<>(CoordinatedCounts.share(Breakdowns.read(Conversions.withoutRestatements(out), frames)));
        out.replaceAll(whatIsCounted::peopleWhenUncounted);
        AnchoredPattern.Scan ordinals = ORDINAL.scan(s);
        while (ordinals.find()) {
            Matcher o = ordinals.matcher();
            if (overlaps(taken, sentence.start() + o.start(), sentence.start() + o.end())
                    || overlapsAny(out, sentence.start() + o.start(), sentence.start() + o.end())) {
                continue; // "a fifth of" is a share, not a rank
            }
            OptionalDouble v = o.group("digits") != null ? OptionalDouble.of(Double.parseDouble(o.group("digits")))
                    : numberWords.parse(o.group());
            if (v.isPresent()) {
                QuantityReading r = new QuantityReading(FactKind.NUMBER, "", v.getAsDouble(), v.getAsDouble(),
                        Qualifier.EXACT, true, "th");
                Candidate c = countedThing.rank(s.substring(o.end()))
                        .map(rank -> candidate(sentence, o.start(), o.end(), r, rank))
                        .orElseGet(() -> candidate(sentence, o.start(), o.end(), r));
                if (!c.thing().isEmpty()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** "a quarter of a percentage point" (0.25 pp): a rate change in words, added in reading order. */
    private void fractionsOfPoint(Sentence sentence, List<int[]> taken, List<Candidate> out) {
        Matcher m = FRACTION_OF_POINT.matcher(sentence.text());
        while (m.find()) {
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            if (overlaps(taken, start, end)) {
                continue;
            }
            String fraction = SPACES_AND_HYPHENS.matcher(m.group("fraction").toLowerCase(Locale.ROOT)).replaceAll("");
            double points = switch (fraction) {
                case "aquarter", "onequarter" -> 0.25;
                case "ahalf", "half" -> 0.5;
                case "threequarters" -> 0.75;
                default -> 1;
            };
            out.add(candidate(sentence, m.start(), m.end(),
                    new QuantityReading(FactKind.PERCENT, POINTS, points, points, Qualifier.EXACT, false, POINTS)));
        }
    }

    /**
     * Shares told as fractions ("one in five children": about 20 %), added to {@code out}; whether any was added
     * (they then precede values found later, so the caller sorts).
     */
    private boolean shares(Sentence sentence, List<int[]> taken, List<Candidate> out) {
        boolean added = false;
        for (Fractions.Fraction f : fractions.find(sentence.text())) {
            int start = sentence.start() + f.start();
            int end = sentence.start() + f.end();
            if (!overlaps(taken, start, end) && !overlapsAny(out, start, end)) {
                out.add(candidate(sentence, f.start(), f.end(), new QuantityReading(FactKind.PERCENT, "%", f.percent(),
                        f.percent(), f.qualifier(), false, "%")));
                added = true;
            }
        }
        return added;
    }

    private static boolean overlapsAny(List<Candidate> found, int start, int end) {
        for (Candidate c : found) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** The dimension of changes of a rate: percentage points, basis points being hundredths of them. */
    private static final String POINTS = "pp";

    /**
     * What follows a clock time: "09.14 BST", "11.02 GMT" (the zones of {@code knowledge/time-zones.tsv}), "7.40pm",
     * "10.30 a.m."; also "11:05".
     */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^(?::\\d|(?:[.:]\\d\\d)?\\s?(?:" + Alternation.of(KnowledgeTable.load("time-zones", "spelling zone", "spelling")
                    .column("spelling", e -> !e.get("zone").equals("local"))) + "|[ap]\\.?m\\b\\.?))", Pattern.CASE_INSENSITIVE);

    /** @param unit the unit of a measurement ("1.2 km"), null for anything else */
    record QuantityReading(FactKind kind, String dimension, double amount, double amountHigh,
                                   Qualifier qualifier, boolean ordinal, String suffix, Units.Unit unit) {
        QuantityReading(FactKind kind, String dimension, double amount, double amountHigh, Qualifier qualifier,
                        boolean ordinal, String suffix) {
            this(kind, dimension, amount, amountHigh, qualifier, ordinal, suffix, null);
        }

        /**
         * A figure of 309 digits or more, or one that overflows once scaled or converted ("9...9 billion km"),
         * is beyond a double: such a figure is skipped, as no report states it to be compared.
         */
        boolean finite() {
            return Double.isFinite(amount) && Double.isFinite(amountHigh) && (unit == null
                    || Double.isFinite(unit.toBase(amount)) && Double.isFinite(unit.toBase(amountHigh)));
        }
    }

    private QuantityReading read(Matcher m, String sentence) {
        String rest = sentence.substring(m.end());
        String num = m.group("num");
        boolean digits = Character.isDigit(num.charAt(0));
        if (digits && m.group("cur") == null && (CLOCK_AFTER.matcher(rest).find() || clockMinutes(sentence, m.start("num")))) {
            return null; // a clock time that the date extractor did not take: no count
        }
        String lower = num.toLowerCase(Locale.ROOT);
        boolean plainWord = !digits && m.group("cur") == null && m.group("unit") == null && m.group("pct") == null
                && m.group("points") == null;
        if (plainWord && (lower.equals("zero") || lower.equals("one")
                && !OneAsCount.isCount(sentence.substring(0, m.start()), rest, m.group("qual")))) {
            return null; // "one of", "day one": a pronoun far more often than a count
        }
        boolean yearOld = Ages.oldFollows(rest) && m.group("unit") != null;
        Units.Unit unit = Measurements.unit(m, sentence, rest);
        if (rest.startsWith("-") && rest.length() > 1 && Character.isLetter(rest.charAt(1)) && !measured(rest) && !yearOld
                && unit == null) {
            return null; // "three-way", "full-scale": an adjective, not a count ("a 400m-long runway" is a length)
        }
        boolean metresForScale = unit != null && m.group("measure") == null; // "1,200m deep": no million
        OptionalDouble v = value(num, metresForScale ? null : m.group("scale"));
        if (v.isEmpty()) {
            return null;
        }
        double amount = v.getAsDouble();
        double high = amount;
        if (m.group("num2") != null) {
            OptionalDouble v2 = value(m.group("num2"), metresForScale ? null : m.group("scale2"));
            if (v2.isEmpty() || v2.getAsDouble() <= amount) {
                return null;
            }
            high = v2.getAsDouble();
            OptionalDouble low = metresForScale || m.group("scale") != null || m.group("scale2") == null
                    ? OptionalDouble.empty() : value(num, m.group("scale2"));
            if (low.isPresent() && low.getAsDouble() < high) {
                amount = low.getAsDouble(); // "2 to 3 million", "$140-150 million": the scale is both ends'
            }
        }
        Qualifier q = Qualifier.of(m.group("qual"));
        if (unit != null && amount == high && Measurements.belowZero(unit, sentence, m.start())) {
            return new QuantityReading(FactKind.NUMBER, unit.dimension(), -amount, -amount, q, false, unit.symbol(), unit);
        }
        if (unit != null) {
            return new QuantityReading(FactKind.NUMBER, unit.dimension(), amount, high, q, false, unit.symbol(), unit);
        }
        boolean isYear = digits && YEAR_DIGITS.matcher(num).matches() && m.group("cur") == null && m.group("pct") == null
                && m.group("unit") == null && m.group("scale") == null;
        if (isYear) {
            return null;
        }
        if (m.group("pct") != null) {
            return new QuantityReading(FactKind.PERCENT, "%", amount, high, q, false, "%");
        }
        if (m.group("points") != null) {
            double scale = m.group("basis") != null ? 100 : 1;
            return new QuantityReading(FactKind.PERCENT, POINTS, amount / scale, high / scale, q, false, POINTS);
        }
        boolean pence = m.group("pence") != null && digits && m.group("cur") == null && m.group("curword") == null;
        String currency = pence ? "GBP" : Currencies.code(m.group("cur"), m.group("curword"));
        if (!currency.isEmpty()) {
            double subunits = pence ? 100 : Currencies.subunits(m.group("curword"));
            return new QuantityReading(FactKind.MONEY, currency, amount / subunits, high / subunits, q, false, currency);
        }
        if (yearOld) {
            return new QuantityReading(FactKind.NUMBER, "", amount, high, q, false, "");
        }
        if (m.group("unit") != null) {
            return Durations.reading(m.group("unit"), amount, high, q);
        }
        return new QuantityReading(FactKind.NUMBER, "", amount, high, q, false, "");
    }

    /** The minutes of "11:05": the number right after a colon that follows digits. */
    private static boolean clockMinutes(String sentence, int numStart) {
        return numStart >= 2 && sentence.charAt(numStart - 1) == ':' && Character.isDigit(sentence.charAt(numStart - 2));
    }

    private OptionalDouble value(String num, String scale) {
        OptionalDouble base;
        if (Character.isDigit(num.charAt(0))) {
            base = OptionalDouble.of(Double.parseDouble(num.replace(",", "")));
        } else {
            base = numberWords.parse(SPACES.matcher(num).replaceAll(" "));
        }
        if (base.isEmpty() || scale == null) {
            return base;
        }
        double factor = switch (scale.strip().toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> 1e3;
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
        return OptionalDouble.of(base.getAsDouble() * factor);
    }

    /** "7.0-magnitude earthquake": a measurement of the noun after the hyphenated unit, not an adjective. */
    private static boolean measured(String rest) {
        return WhatIsCounted.isMeasure(rest);
    }

    private Candidate candidate(Sentence sentence, int from, int to, QuantityReading r) {
        return candidate(sentence, from, to, r, null);
    }

    /** @param known what the value counts when already known (a rank), else null */
    private Candidate candidate(Sentence sentence, int from, int to, QuantityReading r, CountedThing.Thing known) {
        if (r.unit() != null) {
            String before = verbBefore(sentence.text(), from);
            return measurements.candidate(sentence, from, to,
                    QuantityValues.measured(r.unit(), r.amount(), r.amountHigh(), r.qualifier()), r.unit(), before);
        }
        String s = sentence.text();
        WhatIsCounted.Counted counted = whatIsCounted.of(s, from, to, r.kind(), r.amount(), r.ordinal(), known);
        List<String> keys = new ArrayList<>(counted.thing().secondary());
        if (!counted.measure().isEmpty()) {
            keys.add(counted.measure());
        }
        String before = verbBefore(s, from);
        if (!before.isEmpty()) {
            keys.add(before);
        }
        String text = s.substring(from, to);
        var value = QuantityValues.of(r.dimension(), r.amount(), r.amountHigh(), r.qualifier(), r.ordinal());
        return new Candidate(sentence, sentence.start() + from, sentence.start() + to, text, r.kind(), value,
                counted.thing().stem(), keys, counted.thing().word());
    }

    /** The content word right before the value ("injuring 12" gives "injur"), or "". */
    private String verbBefore(String s, int from) {
        Matcher w = Words.WORD.matcher(s.substring(Math.max(0, from - 40), from));
        String last = "";
        int lastEnd = -1;
        while (w.find()) {
            last = w.group();
            lastEnd = w.end();
        }
        if (last.isEmpty() || lastEnd < 0) {
            return "";
        }
        String n = Words.normalise(last);
        if (Words.isStop(n) || Words.isNumeric(n) || Character.isUpperCase(last.charAt(0))) {
            return "";
        }
        return stemmer.stem(n);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] sp : spans) {
            if (sp[0] < end && start < sp[1]) {
                return true;
            }
        }
        return false;
    }
}
