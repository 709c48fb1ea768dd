package app.reconcile.ui.report;

import app.reconcile.core.SourceScore;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What the scoreboard chart draws, in plain Java: three stacked series (agree, contradict, unresolved), one
 * bar per source. The legend names carry the meaning in words, so the chart never relies on colour alone.
 */
public final class ScoreboardBars {
    public static final String AGREE = "Agrees ✓";
    public static final String CONTRADICT = "Contradicts ✗";
    public static final String UNRESOLVED = "Open ?";

    private ScoreboardBars() {
    }

    /** One series per standing, in stacking order. */
    public record Series(String name, List<Bar> bars) {
        public Series {
            bars = List.copyOf(bars);
        }
    }

    /** One source's count in a series. */
    public record Bar(String source, int count) {
    }

    public static List<Series> of(List<SourceScore> scores) {
        return of(scores, ScoreboardBars::sourceName);
    }

    /** The series with each bar named by {@code name} (the source's human name). */
    public static List<Series> of(List<SourceScore> scores, Function<SourceScore, String> name) {
        return List.of(series(AGREE, scores, SourceScore::agreeing, name),
                series(CONTRADICT, scores, SourceScore::contradicting, name),
                series(UNRESOLVED, scores, SourceScore::unresolved, name));
    }

    /** The category name of a source: its file name, or its id for an unnamed article. */
    public static String sourceName(SourceScore score) {
        return score.source().isBlank() ? score.articleId() : score.source();
    }

    private static Series series(String title, List<SourceScore> scores, ToIntFunction<SourceScore> count,
                                 Function<SourceScore, String> name) {
        return new Series(title, scores.stream().map(s -> new Bar(name.apply(s), count.applyAsInt(s))).toList());
    }
}
