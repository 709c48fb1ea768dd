package app.reconcile.report;

import java.util.List;

/**
 * An article's text with every statement that disagrees with the authoritative value marked for correction.
 *
 * @param articleId the article id
 * @param label     its short name (the file name)
 * @param title     its title
 * @param pieces    the whole text, cut into unchanged runs and corrections, in order
 */
public record CorrectedCopy(String articleId, String label, String title, List<Piece> pieces) {
    public CorrectedCopy {
        pieces = List.copyOf(pieces);
    }

    /**
     * A run of article text; a correction when {@code correction} is not null.
     *
     * @param text       the article's words
     * @param correction the authoritative value to put in their place, or null to keep them
     * @param factId     the fact the correction settles, or null
     */
    public record Piece(String text, String correction, String factId) {
        public static Piece kept(String text) {
            return new Piece(text, null, null);
        }

        public boolean isCorrection() {
            return correction != null;
        }
    }

    public long corrections() {
        return pieces.stream().filter(Piece::isCorrection).count();
    }
}
