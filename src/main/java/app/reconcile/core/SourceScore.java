package app.reconcile.core;

/**
 * How one article fared against the editor's decisions: the row of the source scoreboard.
 * Computed by {@link Scoreboard#of(Project)}; see there for the counting rules.
 *
 * @param articleId     the article's {@link Article#id()}
 * @param source        the article's {@link Article#source()} (file name)
 * @param stated        facts the article states, whatever their verdict or status
 * @param agreeing      facts with an authoritative value that the article states correctly
 * @param contradicting facts with an authoritative value that the article states differently
 * @param unresolved    conflicts the article takes part in that the editor has not decided yet
 */
public record SourceScore(String articleId, String source, int stated, int agreeing, int contradicting,
                          int unresolved) {

    /** Stated facts that count as neither agreeing, contradicting nor unresolved (dismissed, undecided compatible). */
    public int other() {
        return stated - agreeing - contradicting - unresolved;
    }
}
