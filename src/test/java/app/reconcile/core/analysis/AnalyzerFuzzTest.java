package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 13, "Guarding tests": the engine on 3,000 random and mutated article pairs (with the project reader's
 * 7,000 in {@code ProjectReaderFuzzTest}, 10,000 inputs). The engine documents no input error, so any
 * exception fails; each analysis must finish inside {@link #BUDGET}, and what it finds must be sound: offsets
 * on their text, finite numbers, dates a calendar has.
 */
class AnalyzerFuzzTest {
    /** Inputs are at most ~1,500 characters: a hundred times what such a pair takes, to absorb a busy machine. */
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Analyzer ANALYZER = new Analyzer();
    private static final List<String> SEED_TEXTS = SeedCorpus.articles().stream().map(Article::text).toList();

    /** What trips a figure, date or quote reader: extremes, near misses, odd scripts, controls, half characters. */
    private static final List<String> HOSTILE = List.of(
            "12", "twelve", "1,200", "1.2", "0.000001", "-5", "$200m", "£3.5 billion", "€4bn", "USD 5", "40%",
            "4 per cent", "3 percentage points", "a quarter of", "one in five", "3/4", "2-3", "1-0-1", "7.0-magnitude",
            "1.2 km", "20,000 acres", "111 °F", "aged 34", "34-year-old", "fifth", "21st", "11:05", "7.40pm",
            "09.14 BST", "25:99", "31 February 2025", "2025-02-31", "2025-13-45", "2025-00-00", "February 29",
            "29 February 2024", "April 31", "last Monday", "yesterday", "three days ago", "next week", "since 1998",
            "in the past 50 years", "+44 20 7946 0958", "0800 555 111", "north-east of", "President", "Mr.",
            "U.S.", "\"We will rebuild,\" she said.", "\u201cquote", "\u201d", "'", "\u2018", "(", ")", "...",
            "\n", "\n\n", "\t", "\u0000", "\u0007", "\u001b[2J", "\u009b", "\u00a0", "\u2028", "\u202e",
            "\uD83D\uDE00", "\uD800", "\uDC00", "\uFEFF", "\uFFFD", "\u0661\u0662\u0663", "\uFF11\uFF12",
            "\u0130", "stra\u00dfe", "\uFB01", "9".repeat(309), "9".repeat(320) + " million", "1" + "0".repeat(400),
            "9".repeat(306) + " billion km", "1e308", "0." + "0".repeat(330) + "1", "9,".repeat(120) + "9");

    @Property(tries = 2_000, shrinking = ShrinkingMode.BOUNDED)
    void analysingMutatedReportsNeverFails(@ForAll("mutatedPairs") List<String> texts) {
        check(texts);
    }

    @Property(tries = 1_000, shrinking = ShrinkingMode.BOUNDED)
    void analysingRandomTextsNeverFails(@ForAll("randomTexts") List<String> texts) {
        check(texts);
    }

    private static void check(List<String> texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            articles.add(new Article("a" + (i + 1), "s" + i + ".txt", null, texts.get(i)));
        }
        List<Fact> facts = assertTimeoutPreemptively(BUDGET,
                () -> ANALYZER.findFacts(articles, ProgressMonitor.NONE));
        assertSound(articles, facts);
    }

    private static void assertSound(List<Article> articles, List<Fact> facts) {
        Map<String, String> text = articles.stream().collect(Collectors.toMap(Article::id, Article::text));
        for (Fact f : facts) {
            assertThat(f.mentions()).isNotEmpty();
            for (Mention m : f.mentions()) {
                String t = text.get(m.articleId());
                assertThat(t).isNotNull();
                assertThat(m.end()).isLessThanOrEqualTo(t.length());
                assertThat(t.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.value()).doesNotContain("Infinity", "NaN");
                if (f.kind() == FactKind.DATE && FULL_DATE.matcher(m.value()).matches()) {
                    assertThat(LocalDate.parse(m.value())).isNotNull(); // throws on 2025-02-31
                }
            }
        }
    }

    /** Two or three excerpts of the seed reports, each changed in a few places by hostile fragments. */
    @Provide
    Arbitrary<List<String>> mutatedPairs() {
        return mutatedReport().list().ofMinSize(2).ofMaxSize(3);
    }

    private Arbitrary<String> mutatedReport() {
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, SEED_TEXTS.size() - 1);
        Arbitrary<Double> from = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 700);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(0).ofMaxSize(6);
        return Combinators.combine(seed, from, length, mutations).as((s, at, len, ms) -> {
            String text = SEED_TEXTS.get(s);
            int start = (int) (at * text.length());
            String excerpt = text.substring(start, Math.min(text.length(), start + len));
            for (Mutation m : ms) {
                excerpt = m.apply(excerpt);
            }
            return excerpt;
        });
    }

    private Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.values()), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40), fragment()).as(Mutation::new);
    }

    /** Two to four texts of hostile fragments, seed words and random characters of any kind. */
    @Provide
    Arbitrary<List<String>> randomTexts() {
        Arbitrary<String> words = Arbitraries.of(String.join(" ", SEED_TEXTS).split("\\s+"));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, fragment()),
                net.jqwik.api.Tuple.of(4, words),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(40)));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", "", ", ", ". ", "\n");
        Arbitrary<String> text = Combinators.combine(piece.list().ofMaxSize(40), separator)
                .as((pieces, sep) -> String.join(sep, pieces));
        return text.list().ofMinSize(2).ofMaxSize(4);
    }

    private static Arbitrary<String> fragment() {
        return Arbitraries.of(HOSTILE);
    }

    /** One edit of a text at a relative position, so it applies to any text length. */
    record Mutation(Kind kind, double at, int length, String fragment) {
        enum Kind { INSERT, DELETE, REPLACE, DUPLICATE }

        String apply(String text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + length);
            return switch (kind) {
                case INSERT -> text.substring(0, from) + fragment + text.substring(from);
                case DELETE -> text.substring(0, from) + text.substring(to);
                case REPLACE -> text.substring(0, from) + fragment + text.substring(to);
                case DUPLICATE -> text.substring(0, to) + text.substring(from, to) + text.substring(to);
            };
        }
    }
}
