package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the example corpora of the knowledge files read by the date stage are run: a sentence of an article
 * dated Thursday 7 August 2025, read by {@link DateExtractor}; the answer is the canonical values found.
 */
public final class DateKnowledgeProbes {
    /** The article's date: a Thursday. */
    public static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 8, 7);

    private DateKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        DateExtractor dates = new DateExtractor();
        Function<String, String> all = s -> dates.extract(new Sentence(0, 0, 0, 0, s), ARTICLE_DATE).stream()
                .map(c -> c.value().canonical()).collect(Collectors.joining("; "));
        return Map.of(
                "months", all,
                "weekdays", all,
                "month-leads", all,
                "time-zones", all,
                // the year a record reaches back to ("the largest protest since 2019")
                "not-superlatives", s -> dates.extract(new Sentence(0, 0, 0, 0, s), ARTICLE_DATE).stream()
                        .filter(c -> c.thing().equals(RecordSince.THING)).map(Candidate::value)
                        .map(v -> v.canonical()).collect(Collectors.joining("; ")));
    }
}
