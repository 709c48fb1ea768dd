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

    /** The pieces cut at line breaks: one list per paragraph (the break itself is dropped). */
    public List<List<Piece>> paragraphs() {
        List<List<Piece>> out = new java.util.ArrayList<>();
        List<Piece> current = new java.util.ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.isCorrection()) {
                current.add(piece);
                continue;
            }
            String[] lines = piece.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.add(current);
                    current = new java.util.ArrayList<>();
                }
                if (!lines[i].isEmpty()) {
                    current.add(Piece.kept(lines[i]));
                }
            }
        }
        out.add(current);
        out.removeIf(List::isEmpty);
        return out;
    }

    public long corrections() {
        return pieces.stream().filter(Piece::isCorrection).count();
    }
}
