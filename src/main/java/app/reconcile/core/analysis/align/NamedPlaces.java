package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.text.Sentence;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names a sentence mentions (capitalised words after the first), reduced to a five-letter prefix so
 * that spelling variants (Zaporizhzhya / Zaporizhzhia) still meet. Used as a veto: two sentences that both
 * name someone or somewhere the other does not ("two killed in Kyiv" / "three killed in Odesa"), are
 * not two versions of one fact, however alike their other words.
 */
final class NamedPlaces {
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}'’])\\p{Lu}[\\p{Ll}\\p{M}]{2,}");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "president", "minister", "secretary", "the", "this", "that",
            "prime", "state", "news", "agency", "officials", "official", "ministry", "mr", "mrs", "ms",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final int PREFIX = 5;
    /** A year the sentence's event is set in ("In 2021 it ordered"), not the date of a thing ("a 2021 ruling"). */
    private static final Pattern YEAR = Pattern.compile("(?i)(?<![\\p{L}])in\\s+((?:19|20)\\d\\d)(?![\\p{N}%])");
    /** "LUXEMBOURG, Aug 6 (Reuters) - ", "CAIRO (AP) — ": where the story was filed and by whom, not a name it tells of. */
    private static final Pattern DATELINE = Pattern.compile("^[^()]{0,60}\\([^()]{1,30}\\)\\s*[-–—]+\\s*");

    private NamedPlaces() {
    }

    static Set<String> of(Sentence s) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(s.text());
        Matcher dateline = DATELINE.matcher(s.text());
        if (dateline.lookingAt()) {
            m.region(dateline.end(), s.text().length());
        }
        boolean first = true;
        while (m.find()) {
            if (first && m.start() <= 1 + m.regionStart()) {
                first = false;
                continue;
            }
            first = false;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!NOT_NAMES.contains(w)) {
                out.add(w.substring(0, Math.min(PREFIX, w.length())));
            }
        }
        return out;
    }

    /**
     * The names of the sentence of {@code c} plus the years it sets its event in, besides the value itself: "In
     * 2021 it ordered Poland to pay 1 million euros a day" and "In 2023 Poland was ordered to pay €500,000 a
     * day" tell of two rulings, as "in Kyiv" and
     * "in Odesa" tell of two strikes.
     */
    static Set<String> of(Candidate c) {
        Set<String> out = of(c.sentence());
        Matcher y = YEAR.matcher(c.sentence().text());
        int offset = c.sentence().start();
        while (y.find()) {
            if (y.end(1) + offset <= c.start() || y.start(1) + offset >= c.end()) {
                out.add(y.group(1));
            }
        }
        return out;
    }

    /**
     * True when each sentence names someone or somewhere the other does not ("Russian strike on Kyiv" /
     * "Russian strike on Odesa"). One sentence naming more than the other (a source added) is no veto.
     */
    static boolean differ(Set<String> a, Set<String> b) {
        return hasOther(a, b) && hasOther(b, a);
    }

    private static boolean hasOther(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (!b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
