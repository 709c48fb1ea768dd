package app.reconcile.io;

import java.util.ArrayList;
import java.util.List;
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

    /** Empty when no line has a letter or digit. */
    String titleOf(String text) {
        List<String> opening = openingLines(text);
        for (String line : opening) {
            if (line.startsWith("#") || wordCount(clean(line)) >= HEADLINE_WORDS) {
                return shorten(clean(line));
            }
        }
        return opening.isEmpty() ? "" : shorten(clean(opening.get(0)));
    }

    /** The first {@link #OPENING_LINES} lines with a letter or digit, stripped. Lines end at '\n' or '\r'. */
    private static List<String> openingLines(String text) {
        List<String> opening = new ArrayList<>(OPENING_LINES);
        boolean onlyLineFeeds = text.indexOf('\r') < 0;
        int start = 0;
        while (start < text.length() && opening.size() < OPENING_LINES) {
            int end = onlyLineFeeds ? text.indexOf('\n', start) : start;
            if (end < 0) {
                end = text.length();
            }
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end).strip();
            if (hasLetterOrDigit(line)) {
                opening.add(line);
            }
            start = end + 1;
        }
        return opening;
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
        for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
            if (Character.isLetterOrDigit(line.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words with a letter, words being what lies between runs of white space ({@code \\s}). */
    private static int wordCount(String line) {
        int words = 0;
        boolean letter = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (isRegexSpace(cp)) {
                words += letter ? 1 : 0;
                letter = false;
            } else {
                letter |= Character.isLetter(cp);
            }
            i += Character.charCount(cp);
        }
        return words + (letter ? 1 : 0);
    }

    private static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
