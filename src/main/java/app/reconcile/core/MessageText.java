package app.reconcile.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Makes text from files, projects and the command line safe to put in a message for the editor: on a
 * terminal, in an error dialog, in a log. File names and project strings are chosen by whoever made the
 * file, so they may hold line breaks, terminal escape sequences (clear screen, set title), bidirectional
 * overrides that make a name read backwards, or two megabytes of text. Here such characters are shown as
 * visible escapes (<code>\n</code>, <code>&#92;u001B</code>) and long text is shortened, so every message stays one
 * readable line that says what is wrong.
 *
 * <p>Use {@link #quote} for each piece of outside text a message quotes, where it is built, and
 * {@link #line} on the whole message where it is shown, as the last guard.
 */
public final class MessageText {
    /** About this many characters of a quoted piece of text are kept: enough to recognise it. */
    public static final int QUOTE_LIMIT = 80;
    /** A whole message line: several quoted pieces and the words around them. */
    public static final int LINE_LIMIT = 600;
    /** Lines of a message that lists things (the files not added); the rest are counted. */
    public static final int MAX_LINES = 20;
    static final String ELLIPSIS = "\u2026";

    private MessageText() {
    }

    /**
     * A piece of outside text for a message: escaped, and when longer than {@link #QUOTE_LIMIT} its start and
     * end kept around an ellipsis (a file name's extension, a sentence's end still show).
     */
    public static String quote(String s) {
        return shorten(escape(s), QUOTE_LIMIT);
    }

    /** A whole message as one line: escaped (line breaks included) and at most about {@link #LINE_LIMIT} long. */
    public static String line(String s) {
        return shorten(escape(s), LINE_LIMIT);
    }

    /**
     * A message whose line breaks are meant (a list of problems): each line made safe as by {@link #line},
     * at most {@link #MAX_LINES} of them.
     */
    public static String lines(String s) {
        if (s == null) {
            return "";
        }
        String[] lines = s.split("\r\n|\n", -1);
        String kept = Arrays.stream(lines).limit(MAX_LINES).map(MessageText::line).collect(Collectors.joining("\n"));
        return lines.length <= MAX_LINES ? kept : kept + "\n" + ELLIPSIS + " and " + (lines.length - MAX_LINES)
                + " more lines";
    }

    /** Every character that could move the cursor, break the line or reorder what is shown, as an escape. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escapeOf(s, i, c);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escapeOf(String s, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.isISOControl(c) || isInvisibleLayout(c) || isLoneSurrogate(s, i, c)) {
            return String.format(Locale.ROOT, "\\u%04X", (int) c);
        }
        return null;
    }

    /** Line and paragraph separators, and the marks, embeddings, overrides and isolates of bidi text. */
    private static boolean isInvisibleLayout(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isLoneSurrogate(String s, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /**
     * Keeps the start (two thirds) and the end (one third) of a text longer than {@code limit}, cut at
     * character boundaries: never inside an escape or between the halves of an emoji.
     */
    private static String shorten(String s, int limit) {
        if (s.length() <= limit) {
            return s;
        }
        int headLength = (limit - 1) * 2 / 3;
        int tailLength = limit - 1 - headLength;
        int head = boundaryBefore(s, headLength);
        int tail = boundaryAfter(s, s.length() - tailLength);
        return s.substring(0, head) + ELLIPSIS + s.substring(tail);
    }

    /** The greatest cut at or before {@code at} that splits neither an escape nor a surrogate pair. */
    private static int boundaryBefore(String s, int at) {
        int cut = at;
        int escape = escapeStartCovering(s, cut);
        if (escape >= 0) {
            cut = escape;
        }
        if (cut > 0 && cut < s.length() && Character.isLowSurrogate(s.charAt(cut))
                && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    /** The least cut at or after {@code at} that splits neither an escape nor a surrogate pair. */
    private static int boundaryAfter(String s, int at) {
        int cut = at;
        int escape = escapeStartCovering(s, cut);
        if (escape >= 0) {
            cut = escape + escapeLength(s, escape);
        }
        if (cut > 0 && cut < s.length() && Character.isLowSurrogate(s.charAt(cut))
                && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut++;
        }
        return cut;
    }

    /** The start of an escape (<code>\n</code>, <code>&#92;uXXXX</code>) that {@code cut} would fall inside, or -1. */
    private static int escapeStartCovering(String s, int cut) {
        for (int start = Math.max(0, cut - 5); start < cut; start++) {
            if (s.charAt(start) == '\\' && start + escapeLength(s, start) > cut) {
                return start;
            }
        }
        return -1;
    }

    private static int escapeLength(String s, int start) {
        if (start + 1 >= s.length()) {
            return 1;
        }
        char next = s.charAt(start + 1);
        if (next == 'u' && start + 6 <= s.length()) {
            return 6;
        }
        return next == 'n' || next == 'r' || next == 't' ? 2 : 1;
    }
}
