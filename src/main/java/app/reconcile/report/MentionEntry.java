package app.reconcile.report;

import app.reconcile.core.Scoreboard.Standing;

/**
 * One article's words for a fact, placed in their sentence.
 *
 * @param articleId the article the words are in
 * @param start     UTF-16 offset in the article text, inclusive
 * @param end       UTF-16 offset in the article text, exclusive
 * @param text      the words as printed
 * @param value     their normalised value
 * @param sentence  the sentence they stand in
 * @param standing  how they compare with the fact's authoritative value
 */
public record MentionEntry(String articleId, int start, int end, String text, String value, Sentence sentence,
                           Standing standing) {
}
