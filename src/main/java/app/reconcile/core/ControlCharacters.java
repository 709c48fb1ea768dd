package app.reconcile.core;

/**
 * Control characters other than tab and line feed (NUL, BEL, ESC, CR, DEL, the C1 range...) have no place
 * in an article's text or in a report: they ring bells and move cursors in a terminal, and HTML, XML and
 * spreadsheets refuse or misread them. They are replaced one for one by U+FFFD, the character that says
 * "something unreadable was here", so that the length of a text, and with it every mention offset into
 * it, stays the same.
 */
public final class ControlCharacters {
    public static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    /** True for a control character that text may not carry; tab and line feed are text. */
    public static boolean isStray(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n';
    }

    /** {@code s} with each stray control character replaced by U+FFFD; the same instance when there is none. */
    public static String replace(String s) {
        if (s == null) {
            return null;
        }
        int first = firstStray(s);
        if (first < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isStray(chars[i])) {
                chars[i] = REPLACEMENT;
            }
        }
        return new String(chars);
    }

    /** The index of the first stray control character in {@code s}, or -1. */
    public static int firstStray(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isStray(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
