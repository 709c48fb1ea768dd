package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small fixed project covering every case a report must show: a resolved conflict, a dismissed one, an
 * unresolved one, an agree fact, an undecided compatible fact, a value the editor typed, a quote with a word
 * difference, and a note full of Unicode and markup characters.
 */
final class ReportFixtures {
    static final Instant GENERATED_AT = Instant.parse("2026-11-22T21:00:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-11-20T10:15:00Z");
    static final String HOSTILE_NOTE = "<b>\"\u00dcn\u00efc\u00f8d\u00e9\" & 'x'</b>";

    static final Article A1 = new Article("a1", "wire-a.txt", "Blast at depot injures dozens",
            "Blast at depot injures dozens\nA blast at the fuel depot on Tuesday injured 31 people, including two "
                    + "children, officials said. Damage is estimated at $200m. The mayor said: \"We will rebuild\".\n"
                    + "The depot, built in 1998, stores diesel.\n");
    static final Article A2 = new Article("a2", "daily-b.txt", "Depot explosion",
            "Depot explosion\nTwo children were among those hurt in Wednesday's explosion. Fire chief Jon Smyth "
                    + "said damage could reach $200 million. Mayor: \"We shall rebuild\".\n");
    static final Article A3 = new Article("a3", "herald-c.txt", "Explosion rocks depot",
            "Explosion rocks depot\nMore than 40 people were hurt. Four children are in hospital, according to "
                    + "Dr. Lee. Fire chief John Smith declined to comment. The depot opened in June 1998.\n");

    private ReportFixtures() {
    }

    static ReportOptions options() {
        return new ReportOptions("Depot blast: reconciled report", Clock.fixed(GENERATED_AT, ZoneOffset.UTC));
    }

    static Project project() {
        Fact children = new Fact("f1", FactKind.NUMBER, "children among the injured", Verdict.CONFLICT, List.of(
                mention(A1, "two", "2"), mention(A2, "Two", "2"), mention(A3, "Four", "4")))
                .withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED, "2", "two", false,
                        HOSTILE_NOTE, "Ann Editor", DECIDED_AT));
        Fact day = new Fact("f2", FactKind.DATE, "day of the blast", Verdict.CONFLICT, List.of(
                mention(A1, "Tuesday", "2026-11-17"), mention(A2, "Wednesday", "2026-11-18")))
                .withResolution(Resolution.dismiss("Time-zone difference; both correct locally.", "Ann Editor",
                        DECIDED_AT));
        Fact injured = new Fact("f3", FactKind.NUMBER, "people injured", Verdict.CONFLICT, List.of(
                mention(A1, "31", "31"), mention(A3, "More than 40", "40")));
        Fact damage = new Fact("f4", FactKind.MONEY, "damage estimate", Verdict.AGREE, List.of(
                mention(A1, "$200m", "USD 200000000"), mention(A2, "$200 million", "USD 200000000")));
        Fact chief = new Fact("f5", FactKind.NAME, "fire chief", Verdict.CONFLICT, List.of(
                mention(A2, "Jon Smyth", "Jon Smyth"), mention(A3, "John Smith", "John Smith")))
                .withResolution(Resolution.custom("Jonathan Smith",
                        "=HYPERLINK(\"http://x\") checked by phone, 2 calls", "Bob", DECIDED_AT.plusSeconds(60)));
        Fact quote = new Fact("f6", FactKind.QUOTE, "mayor's statement", Verdict.CONFLICT, List.of(
                mention(A1, "We will rebuild", "we will rebuild"), mention(A2, "We shall rebuild", "we shall rebuild")),
                null, "We [-will-] {+shall+} rebuild");
        quote = quote.withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED,
                "we will rebuild", "We will rebuild", false, "Video of the speech.", "Ann Editor",
                DECIDED_AT.plusSeconds(120)));
        Fact opened = new Fact("f7", FactKind.DATE, "year the depot opened", Verdict.COMPATIBLE, List.of(
                mention(A1, "1998", "1998"), mention(A3, "June 1998", "1998-06")));
        return new Project(List.of(A1, A2, A3), List.of(children, day, injured, damage, chief, quote, opened));
    }

    /** A mention of the first occurrence of {@code text} in the article. */
    static Mention mention(Article article, String text, String value) {
        int start = article.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException(text + " not in " + article.id());
        }
        return new Mention(article.id(), start, start + text.length(), text, value);
    }
}
