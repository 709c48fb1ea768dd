package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.bench.HostileCorpus;
import app.reconcile.core.analysis.text.BoilerplateFilter;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine still finds in inputs of hostile size (issue 13): a run-on line is read in windows, and an
 * article is read up to a limit of values and quotations. Timings are measured by {@code bench}, not here.
 */
class HostileSizesTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String[] THINGS = {"homes", "schools", "roads", "cars", "flights", "boats", "bridges",
            "shops", "farms", "trucks", "towers", "ferries"};

    private static List<Fact> analyse(Analyzer analyzer, String a, String b) {
        return analyzer.findFacts(List.of(new Article("a1", "a.txt", "A", a), new Article("a2", "b.txt", "B", b)),
                ProgressMonitor.NONE);
    }

    /** The text with the last digit of the number ending at {@code end} changed: another value, the same length. */
    private static String changeNumberEndingAt(String text, int end) {
        char digit = (char) ('0' + (text.charAt(end - 1) - '0' + 1) % 10);
        return text.substring(0, end - 1) + digit + text.substring(end);
    }

    @Test
    void valuesOnEitherSideOfAWindowEdgeAreReadAndCompared() {
        String a = new HostileCorpus(3).oneLinePair(4_000).get(0).text();
        List<Sentence> windows = new SentenceSplitter(new BoilerplateFilter()).split(0, a);
        assertThat(windows).hasSizeGreaterThan(2);
        int edge = windows.get(0).end();
        // the last number before the first window edge and the first after it
        int[] before = null;
        int[] after = null;
        Matcher m = NUMBER.matcher(a);
        while (m.find() && after == null) {
            if (m.end() <= edge) {
                before = new int[] {m.start(), m.end()};
            } else {
                after = new int[] {m.start(), m.end()};
            }
        }
        String b = changeNumberEndingAt(changeNumberEndingAt(a, before[1]), after[1]);

        List<Fact> facts = analyse(new Analyzer(), a, b);

        for (int[] changed : List.of(before, after)) {
            assertThat(facts).as("a conflict over the number at %d", changed[0])
                    .anySatisfy(f -> {
                        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
                        assertThat(f.mentions()).anySatisfy(x -> {
                            assertThat(x.articleId()).isEqualTo("a1");
                            assertThat(x.start()).isLessThanOrEqualTo(changed[0]);
                            assertThat(x.end()).isGreaterThanOrEqualTo(changed[1]);
                        });
                    });
        }
    }

    /** Sentences "Officials said the storm damaged N things." with distinct things, numbers from {@code first}. */
    private static String counts(int sentences, int first) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append("Officials said the storm damaged ").append(first + i * 7).append(' ').append(THINGS[i])
                    .append(". ");
        }
        return b.toString().strip();
    }

    @Test
    void anArticleIsReadUntilItHasYieldedTheMostValuesAllowed() {
        String a = counts(12, 10);
        String b = counts(12, 11);
        int sixthSentence = a.indexOf("Officials", a.indexOf(THINGS[4]));

        List<Fact> all = analyse(new Analyzer(), a, b);
        List<Fact> limited = analyse(new Analyzer(5, 1_000), a, b);

        assertThat(all.stream().flatMap(f -> f.mentions().stream()).mapToInt(Mention::start).max().orElse(0))
                .isGreaterThan(sixthSentence);
        assertThat(limited).isNotEmpty();
        assertThat(limited).flatExtracting(Fact::mentions).allSatisfy(x -> assertThat(x.start()).isLessThan(sixthSentence));
    }

    @Test
    void anArticleIsReadUntilItHasYieldedTheMostQuotationsAllowed() {
        StringBuilder text = new StringBuilder();
        String[] remarks = {"we will rebuild the harbour before winter", "nobody expected the river to rise so fast",
                "the ferry service resumes on the northern route", "every family will receive emergency support"};
        for (String remark : remarks) {
            text.append("Mayor Ann Lowell said: \"").append(remark).append(",\" at the meeting.\n");
        }

        long all = analyse(new Analyzer(), text.toString(), text.toString()).stream()
                .filter(f -> f.kind() == FactKind.QUOTE).count();
        long limited = analyse(new Analyzer(1_000, 2), text.toString(), text.toString()).stream()
                .filter(f -> f.kind() == FactKind.QUOTE).count();

        assertThat(all).isEqualTo(4);
        assertThat(limited).isEqualTo(2);
    }
}
