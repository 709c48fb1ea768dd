package app.reconcile.io;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a human title for a plain-text or Markdown article. The title is only shown, never used for
 * offsets, so tidying it is safe.
 *
 * <p>Articles saved from web pages often start with page chrome ("Accessibility links", "Breaking News",
 * "Share"), so the title is the first Markdown heading or the first line that reads like a headline (at
 * least {@value #HEADLINE_WORDS} words) among the opening lines; failing that, the first line with a letter
 * or digit. Heading and quote markers are removed and a long line is cut at a word boundary.
 */
final class TitleFinder {
    static final int MAX_LENGTH = 120;
    static final int HEADLINE_WORDS = 5;
    private static final int OPENING_LINES = 10;
    private static final Pattern MARKERS = Pattern.compile("^[#>*\\-+\\s]+|\\s#+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Empty when no line has a letter or digit. */
    String titleOf(String text) {
        List<String> opening = text.lines().map(String::strip).filter(TitleFinder::hasLetterOrDigit)
                .limit(OPENING_LINES).toList();
        Optional<String> headline = opening.stream()
                .filter(line -> line.startsWith("#") || wordCount(clean(line)) >= HEADLINE_WORDS)
                .findFirst();
        return headline.or(() -> opening.stream().findFirst()).map(line -> shorten(clean(line))).orElse("");
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

    private static String clean(String line) {
        return MARKERS.matcher(line).replaceAll("").strip();
    }

    private static boolean hasLetterOrDigit(String line) {
        return line.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static long wordCount(String line) {
        return WHITESPACE.splitAsStream(line).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
    }
}
