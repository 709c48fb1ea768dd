package app.reconcile.report;

import app.reconcile.core.FactKind;
import app.reconcile.core.Scoreboard.Standing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wording shared by the human-readable formats (HTML, Markdown), so both say things the same way. */
final class Texts {
    private static final DateTimeFormatter HUMAN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** "2026-11-22 20:57 UTC": minutes are enough for a reader; machine formats carry full ISO-8601. */
    static String humanTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        try {
            return HUMAN_TIME.format(instant);
        } catch (DateTimeException e) {
            // beyond the years a date-time can show (the reader refuses such files; a project built in memory
            // may still hold one): the ISO form says the same thing
            return instant.toString();
        }
    }

    /** "reuters.txt, ap.txt": the sources stating a variant, by their readable labels. */
    static String sourceLabels(ReportModel model, List<String> articleIds) {
        return articleIds.stream().map(id -> model.source(id).label()).collect(Collectors.joining(", "));
    }

    /** How a variant relates to the settled value, in a few words for the reader. */
    static String standing(Standing standing) {
        return switch (standing) {
            case AGREES -> "authoritative";
            case CONTRADICTS -> "contradicts the authoritative value";
            case UNRESOLVED -> "awaiting decision";
            case NOT_APPLICABLE -> "";
        };
    }

    /** Why a fact has the authoritative value it has. */
    static String basis(Authoritative authoritative) {
        if (authoritative.custom()) {
            return "typed by the editor";
        }
        return Authoritative.AGREEMENT.equals(authoritative.basis()) ? "all sources agree" : "chosen by the editor";
    }

    /** " (and 3 more mentions in this source)", or nothing when the source states the value once. */
    static String moreMentions(VariantEntry variant, String articleId) {
        long more = variant.mentions().stream().filter(m -> m.articleId().equals(articleId)).count() - 1;
        if (more <= 0) {
            return "";
        }
        return " (and " + more + (more == 1 ? " more mention" : " more mentions") + " in this source)";
    }

    /** "1 correction", "3 corrections". */
    static String corrections(CorrectedCopy copy) {
        long n = copy.corrections();
        return n + (n == 1 ? " correction" : " corrections");
    }

    static String detailHeading(FactEntry fact) {
        return fact.kind() == FactKind.QUOTE ? "Word difference" : "Detail";
    }
}
