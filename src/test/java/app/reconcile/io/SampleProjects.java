package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Projects for tests, built through the core API so their mentions are consistent with their texts. */
final class SampleProjects {
    private SampleProjects() {
    }

    /** Two articles with non-ASCII text (accents, dashes, an emoji) and facts in every resolution state. */
    static Project small() {
        Article a1 = new Article("a1", "000_one.txt", "Café talks — day one",
                "Café talks — day one\nFour children were among the injured, officials said.\n"
                        + "Damage was put at $200m. Emoji 🚀 stay intact.");
        Article a2 = new Article("a2", "001_two.html", "Zweiter Bericht",
                "Zweiter Bericht\nThree children were hurt; damage of $200 million “at least”.");
        Fact children = new Fact("f1", FactKind.NUMBER, "children among the injured", Verdict.CONFLICT, List.of(
                mention(a1, "Four", "4"), mention(a2, "Three", "3")), null, "");
        Fact money = new Fact("f2", FactKind.MONEY, "damage", Verdict.AGREE, List.of(
                mention(a1, "$200m", "USD 200000000"), mention(a2, "$200 million", "USD 200000000")));
        Fact resolved = children.withId("f3").withResolution(new Resolution(app.reconcile.core.ResolutionStatus.RESOLVED,
                "4", "Four", false, "police statement, 14:00 — confirmed", "zoë", Instant.parse("2025-08-07T14:30:00Z")));
        Fact dismissed = children.withId("f4").withResolution(
                Resolution.dismiss("same count, different time", "ed", Instant.parse("2025-08-07T15:00:00.123Z")));
        Fact custom = children.withId("f5").withResolution(
                Resolution.custom(" five ", "", "ed", Instant.parse("2025-08-08T09:00:00Z")));
        return new Project(List.of(a1, a2), List.of(children, money, resolved, dismissed, custom));
    }

    /** A project of roughly {@code approxBytes} bytes of JSON; {@code variant} changes every text. */
    static Project large(int approxBytes, int variant) {
        List<Article> articles = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        String sentence = "Run " + variant + ": Four children — “quoted” — were among the injured, officials said. ";
        int sentencesPerArticle = Math.max(1, approxBytes / 5 / sentence.length());
        int four = sentence.indexOf("Four");
        for (int i = 1; i <= 5; i++) {
            articles.add(new Article("a" + i, "00" + i + ".txt", "Article " + i, sentence.repeat(sentencesPerArticle)));
        }
        for (int f = 1; f <= 200; f++) {
            int at = (f % sentencesPerArticle) * sentence.length() + four;
            List<Mention> ms = articles.stream().map(a -> new Mention(a.id(), at, at + 4, "Four", "4")).toList();
            facts.add(new Fact("f" + f, FactKind.NUMBER, "children " + f, Verdict.AGREE, ms));
        }
        return new Project(articles, facts);
    }

    static Mention mention(Article article, String surface, String value) {
        int start = article.text().indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException(surface + " not in " + article.id());
        }
        return new Mention(article.id(), start, start + surface.length(), surface, value);
    }
}
