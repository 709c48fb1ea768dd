package app.reconcile.core.analysis.text;

/**
 * Finds the words of {@link Words#WORD} one after the other, as a {@code Matcher} over that pattern would,
 * without the regex engine: letters and marks with inner hyphens or apostrophes ("full-scale", "Trump's"), or
 * ASCII digits with inner separators ("4,500", "9:15"). Every value of every sentence is tokenised several
 * times, and the regex matcher was a large share of the analysis time and of the JIT compiler's work.
 *
 * <p>Usage mirrors {@code Matcher}: {@link #region}, then {@link #find()} and {@link #start()}, {@link #end()},
 * {@link #group()}. Words never reach past the region's end, as with a matcher's (opaque) region.
 */
public final class WordScanner {
    private final String text;
    private int from;
    private int to;
    private int start = -1;
    private int end;

    public WordScanner(String text) {
        this.text = text;
        this.to = text.length();
    }

    /** Looks for words inside [from, to) only. */
    public WordScanner region(int regionFrom, int regionTo) {
        this.from = regionFrom;
        this.to = regionTo;
        this.start = -1;
        return this;
    }

    /** Moves to the next word; false when there is none. */
    public boolean find() {
        int i = start < 0 ? from : end;
        while (i < to) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                start = i;
                end = digitsEnd(i);
                return true;
            }
            int letters = lettersEnd(i);
            if (letters > i) {
                start = i;
                end = joinedEnd(letters);
                return true;
            }
            i++;
        }
        start = to;
        end = to;
        return false;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String group() {
        return text.substring(start, end);
    }

    /** After a run of letters ending at {@code i}: further runs joined by one hyphen or apostrophe. */
    private int joinedEnd(int i) {
        while (i < to && isJoiner(text.charAt(i))) {
            int next = lettersEnd(i + 1);
            if (next == i + 1) {
                break;
            }
            i = next;
        }
        return i;
    }

    /** The end of the run of letters and marks starting at {@code i} ({@code i} itself when there is none). */
    private int lettersEnd(int i) {
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (i + n > to || !isLetterOrMark(cp)) {
                break;
            }
            i += n;
        }
        return i;
    }

    private int digitsEnd(int i) {
        while (i < to && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        while (i + 1 < to && isSeparator(text.charAt(i)) && isAsciiDigit(text.charAt(i + 1))) {
            i += 2;
            while (i < to && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isLetterOrMark(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        int type = Character.getType(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == ':';
    }
}
