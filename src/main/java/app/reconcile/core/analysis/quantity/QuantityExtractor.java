package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.align.Candidate;
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
    /** Stem suffix of the whole of a partitive: its own thing, never the part's. */
    static final String WHOLE_SUFFIX = "*whole";
    private static final int WHOLE_BEFORE = 48;
    private static final String CASES = "cases";
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("people", "persons");
    private static final int INFECTED_NEAR = 40;
    private static final Pattern INFECTED_BEFORE = Pattern.compile("(?i)\\b(?:infected|infecting|sickened|sickening)\\s+$");
    private static final Pattern INFECTED_AFTER = Pattern.compile(
            "(?i)\\s+(?:people|persons)\\s+(?:(?:have|had)\\s+been\\s+|were\\s+|are\\s+)?(?:infected|sickened)\\b");
    /** "six of the country's ", "45 of its ", "two of the ": a count, "of", determiners or a possessor, at the end. */
    private static final Pattern WHOLE_OF_PART = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:\\d[\\d,.]*|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+(?:teen|ty))\\s+of\\s+"
            + "(?:(?:the|its|their|his|her|our|all)\\s+)?(?:[\\p{L}.-]+['’]s\\s+)?$");

    private static final String WORDNUM = "(?:half\\s+a\\s+dozen|a\\s+dozen|(?:" + NumberWords.UNIT_WORDS
            + ")(?:(?:[\\s\\-]+and)?[\\s\\-]+(?:" + NumberWords.UNIT_WORDS + "))*(?:[\\s\\-]+dozen\\b)?"
            + "(?:[\\s\\-]+and[\\s\\-]+a[\\s\\-]+half)?)";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String NUM = "(?:" + DIGITS + "|" + WORDNUM + ")";
    private static final String SCALE = "(?:\\s(?:million|billion|trillion|thousand)|(?:bn|m|k))";
    private static final String UNITS = "hour|day|minute|week|month|year|second";
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
                    + "(?:(?<qual>roughly|about|around|approximately|nearly|almost|some|more\\s+than|over|at\\s+least|"
                    + "up\\s+to|less\\s+than|fewer\\s+than|at\\s+most|an\\s+estimated|no\\s+more\\s+than|upwards\\s+of)\\s+)?"
                    + "(?<cur>" + Currencies.BEFORE + ")?"
                    + "(?<num>" + NUM + ")(?<scale>" + SCALE + ")?(?<pence>p)?\\b"
                    + "(?:\\s*(?:to|-|–)\\s*(?<num2>" + NUM + ")(?<scale2>" + SCALE + ")?\\b)?"
                    + "(?<pct>\\s?%|\\s+percent\\b|\\s+per\\s+cent\\b)?"
                    + "(?<points>\\s+(?:(?<basis>basis\\s+points?|bps)|percentage[\\s\\-]points?)\\b)?"
                    + "(?<unit>-(?:" + UNITS + ")s?\\b|\\s+(?:" + UNITS + ")s?\\b)?"
                    + "(?<curword>\\s+(?:" + Currencies.AFTER + ")\\b)?",
            Pattern.CASE_INSENSITIVE), QUANTITY_STARTS, Before.NO_LETTER_OR_DIGIT);
    /** "fifth", "twenty-third", and in digits "5th", "21st" (days of a month were taken as dates before). */
    static final AnchoredPattern ORDINAL = AnchoredPattern.ignoringCase(Pattern.compile(
            "\\b(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:" + NumberWords.ORDINAL_WORDS + ")"
                    + "|(?<digits>\\d{1,3})(?:st|nd|rd|th))\\b",
            Pattern.CASE_INSENSITIVE), "0123456789tfsenh", Before.NO_LETTER_OR_DIGIT);

    /** How far before a value its thing is looked for ("savings of", "Lopes, "): a few words, in chars. */
    private static final int NEAR_BEFORE = 40;
    /**
     * How far before a value the subject of a change is looked for ("Shares of the world's most valuable
     * technology company dived"), in chars.
     */
    private static final int CHANGE_BEFORE = 120;
    /**
     * A figure followed by one of these is the size of a change ("a 26 percent unit increase"): what changed is
     * named before it when it is named at all ("4.89 million Macs, a 26 percent unit increase").
     */
    private static final java.util.Set<String> CHANGE_NOUNS = java.util.Set.of("increase", "rise", "gain", "jump",
            "growth", "decrease", "fall", "drop", "decline", "slump", "surge", "plunge");

    /** A measurement unit written as a hyphenated adjective before the measured noun. */
    private static final Pattern YEAR_DIGITS = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\-]");
    private static final Pattern MEASURE = Pattern.compile("-(magnitude|richter)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A rate: "€1m a day", "1 million euros for each day", "$5 per hour", also after a parenthesised
     * conversion ("€1m (£850,000) a day"). What a rate measures is the amount per unit, not a one-off sum.
     */
    private static final Pattern RATE = Pattern.compile(
            "\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:a|an|per|each|every|for\\s+each|for\\s+every)\\s+(hour|day|week|month|year)\\b"
                    + "(?!\\s+(?:earlier|ago|before|later|previously|on))", // "£508m a year earlier" is a sum
            Pattern.CASE_INSENSITIVE);

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

    public QuantityExtractor(NumberWords numberWords, LightStemmer stemmer) {
        this.numberWords = numberWords;
        this.stemmer = stemmer;
        this.countedThing = new CountedThing(stemmer);
        this.fractions = new Fractions(numberWords);
        this.frames = new EventFrames(stemmer);
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
            if (r != null) {
                out.add(candidate(sentence, m.start(), m.end(), r));
            }
        }
        if (wordsFirst) {
            out.sort(java.util.Comparator.comparingInt(Candidate::start)); // reading order, for what follows
        }
        out = new ArrayList<>(CoordinatedCounts.share(Breakdowns.read(out, frames)));
        out.replaceAll(this::peopleWhenUncounted);
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

    /**
     * A bare count that neither its own words nor a neighbour's name counts people when it is told with an
     * event that happens to people ("11 remain missing", "killing 12"): see {@link CountedThing#people}.
     */
    private Candidate peopleWhenUncounted(Candidate c) {
        if (!c.thing().isEmpty() || c.kind() != FactKind.NUMBER
                || c.value() instanceof app.reconcile.core.analysis.value.QuantityValue q && q.ordinal()) {
            return c;
        }
        String s = c.sentence().text();
        int from = c.start() - c.sentence().start();
        CountedThing.Thing people = countedThing.people(s.substring(Math.max(0, from - NEAR_BEFORE), from),
                s.substring(c.end() - c.sentence().start()));
        return people.stem().isEmpty() ? c : new Candidate(c.sentence(), c.start(), c.end(), c.text(), c.kind(),
                c.value(), people.stem(), c.keys(), people.word());
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

    /** What follows a clock time: "09.14 BST", "11.02 GMT", "7.40pm", "10.30 a.m."; also "11:05". */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^(?::\\d|(?:[.:]\\d\\d)?\\s?(?:BST|GMT|UTC|CET|CEST|EST|EDT|PST|[ap]\\.?m\\b\\.?))", Pattern.CASE_INSENSITIVE);

    private record QuantityReading(FactKind kind, String dimension, double amount, double amountHigh,
                                   Qualifier qualifier, boolean ordinal, String suffix) {
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
        boolean yearOld = rest.startsWith("-old") && m.group("unit") != null;
        if (rest.startsWith("-") && rest.length() > 1 && Character.isLetter(rest.charAt(1)) && !measured(rest) && !yearOld) {
            return null; // "three-way", "full-scale": an adjective, not a count
        }
        OptionalDouble v = value(num, m.group("scale"));
        if (v.isEmpty()) {
            return null;
        }
        double amount = v.getAsDouble();
        double high = amount;
        if (m.group("num2") != null) {
            OptionalDouble v2 = value(m.group("num2"), m.group("scale2"));
            if (v2.isEmpty() || v2.getAsDouble() <= amount) {
                return null;
            }
            high = v2.getAsDouble();
        }
        Qualifier q = Qualifier.of(m.group("qual"));
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
            return duration(m.group("unit"), amount, high, q);
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

    private static QuantityReading duration(String unitText, double amount, double high, Qualifier q) {
        String u = SPACES_AND_HYPHENS.matcher(unitText).replaceAll("").toLowerCase(Locale.ROOT);
        u = u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
        return switch (u) {
            case "year" -> new QuantityReading(FactKind.DURATION, "mo", amount * 12, high * 12, q, false, "y");
            case "month" -> new QuantityReading(FactKind.DURATION, "mo", amount, high, q, false, "mo");
            case "week" -> new QuantityReading(FactKind.DURATION, "s", amount * 604800, high * 604800, q, false, "w");
            case "day" -> new QuantityReading(FactKind.DURATION, "s", amount * 86400, high * 86400, q, false, "d");
            case "hour" -> new QuantityReading(FactKind.DURATION, "s", amount * 3600, high * 3600, q, false, "h");
            case "minute" -> new QuantityReading(FactKind.DURATION, "s", amount * 60, high * 60, q, false, "min");
            default -> new QuantityReading(FactKind.DURATION, "s", amount, high, q, false, "s");
        };
    }

    /** "7.0-magnitude earthquake": a measurement of the noun after the hyphenated unit, not an adjective. */
    private static boolean measured(String rest) {
        return MEASURE.matcher(rest).lookingAt();
    }

    private Candidate candidate(Sentence sentence, int from, int to, QuantityReading r) {
        return candidate(sentence, from, to, r, null);
    }

    /** @param known what the value counts when already known (a rank), else null */
    private Candidate candidate(Sentence sentence, int from, int to, QuantityReading r, CountedThing.Thing known) {
        String s = sentence.text();
        String rest = s.substring(to);
        Matcher measure = MEASURE.matcher(rest);
        boolean hyphenMeasure = measure.lookingAt();
        CountedThing.Thing thing = known != null ? known
                : countedThing.after(hyphenMeasure ? rest.substring(measure.end()) : rest);
        if (thing.stem().isEmpty() && r.kind() != FactKind.PERCENT) {
            thing = countedThing.around(s.substring(Math.max(0, from - NEAR_BEFORE), from), rest, r.amount());
        }
        if (thing.stem().isEmpty() || CHANGE_NOUNS.contains(thing.word())) {
            int start = Math.max(0, from - CHANGE_BEFORE);
            if (start > 0) {
                int space = s.indexOf(' ', start); // never a truncated word
                start = space < 0 || space >= from ? from : space + 1;
            }
            CountedThing.Thing changed = countedThing.ofChange(s.substring(start, from), rest, start == 0);
            thing = changed.stem().isEmpty() ? thing : changed;
        }
        if (r.ordinal() && thing.word().equals("time")) {
            String event = Streaks.eventOfTimes(s.substring(0, from)).orElse("");
            thing = event.isEmpty() ? thing : new CountedThing.Thing(stemmer.stem(event), event, thing.secondary());
        }
        if (thing.stem().isEmpty() && r.kind() == FactKind.PERCENT) {
            thing = countedThing.changeOf(s.substring(Math.max(0, from - CHANGE_BEFORE), from));
        }
        if (PEOPLE.contains(thing.word()) && infected(s, from, to)) {
            thing = new CountedThing.Thing(stemmer.stem(CASES), CASES, thing.secondary());
        }
        if (!thing.stem().isEmpty() && isWholeOfPart(s, from)) {
            thing = new CountedThing.Thing(thing.stem() + WHOLE_SUFFIX, thing.word(), thing.secondary());
        }
        Matcher rate = RATE.matcher(rest);
        if (thing.stem().isEmpty() && r.kind() == FactKind.MONEY && rate.lookingAt()) {
            String unit = rate.group(1).toLowerCase(Locale.ROOT);
            thing = new CountedThing.Thing("per-" + unit, "a " + unit, List.of());
        }
        List<String> keys = new ArrayList<>(thing.secondary());
        if (hyphenMeasure) {
            keys.add(stemmer.stem(measure.group(1).toLowerCase(Locale.ROOT)));
        }
        String before = verbBefore(s, from);
        if (!before.isEmpty()) {
            keys.add(before);
        }
        String text = s.substring(from, to);
        var value = QuantityValues.of(r.dimension(), r.amount(), r.amountHigh(), r.qualifier(), r.ordinal());
        return new Candidate(sentence, sentence.start() + from, sentence.start() + to, text, r.kind(), value,
                thing.stem(), keys, thing.word());
    }

    /**
     * People an illness infected are its cases: "has infected 4,218 people", "4,218 people were infected" /
     * "4,812 confirmed cases". A cheap test ("infect" or "sicken" near the value) runs before the patterns.
     */
    private static boolean infected(String s, int from, int to) {
        String near = s.substring(Math.max(0, from - INFECTED_NEAR), Math.min(s.length(), to + INFECTED_NEAR));
        if (!near.contains("infect") && !near.contains("sicken")) {
            return false;
        }
        return INFECTED_BEFORE.matcher(s.substring(Math.max(0, from - INFECTED_NEAR), from)).find()
                || INFECTED_AFTER.matcher(s.substring(to)).lookingAt();
    }

    /**
     * The value is the whole a part is taken from ("six of the country's nine regions", "45 of its 310 shops"):
     * it counts the same noun as the part but is another figure, so it must never meet a part told elsewhere
     * ("Six regions have reported cases"). A cheap test (" of " just before the value) runs before the pattern.
     */
    private static boolean isWholeOfPart(String s, int from) {
        int start = Math.max(0, from - WHOLE_BEFORE);
        int of = s.lastIndexOf(" of ", from);
        return of >= start && WHOLE_OF_PART.matcher(s.substring(start, from)).find();
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
