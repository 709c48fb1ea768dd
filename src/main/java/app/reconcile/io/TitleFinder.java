package app.reconcile.io;

/**
 * Finds a human title for a plain-text or Markdown article: its first line with a letter or digit in it,
 * without Markdown heading or quote markers, cut at a word boundary if long. The title is only shown, never
 * used for offsets, so tidying it is safe.
 */
final class TitleFinder {
    static final int MAX_LENGTH = 120;

    /** Empty when no line has a letter or digit. */
    String titleOf(String text) {
        for (String line : text.split("\n")) {
            String cleaned = line.strip().replaceFirst("^[#>*\\-+\\s]+", "").replaceFirst("\\s#+$", "").strip();
            if (cleaned.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return shorten(cleaned);
            }
        }
        return "";
    }

    static String shorten(String title) {
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut < MAX_LENGTH / 2) {
            cut = MAX_LENGTH - 1;
        }
        if (Character.isHighSurrogate(title.charAt(cut - 1))) {
            cut--;
        }
        return title.substring(0, cut).strip() + "\u2026";
    }
}
