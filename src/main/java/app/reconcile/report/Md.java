package app.reconcile.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown escaping for strings from articles and the editor, so they read as the same words in any
 * viewer: no accidental emphasis, code, links, raw HTML, headings, lists or broken tables.
 */
final class Md {
    /** Characters that start inline markup or raw HTML anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>#|~";
    /** A line start that a viewer would read as a list item, quote, rule or setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^(\\s*)([-+=])");
    /** A line start that a viewer would read as an ordered list item ("1." or "1)"). */
    private static final Pattern ORDERED_START = Pattern.compile("(?m)^(\\s*\\d+)([.)])");
    /** An entity reference such as {@code &amp;} or {@code &#39;}, which viewers would decode. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");
    /** A line break with the white space around it: {@code \R} is CR LF or one of {@link #LINE_BREAKS}. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final String LINE_BREAKS = "\n\u000B\f\r\u0085\u2028\u2029";

    private Md() {
    }

    /** Escapes a string for running text; line breaks are kept. */
    static String escape(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // each pattern is run only where its one required character occurs: most strings have none, and three
        // regular expressions over every string made a large Markdown report mostly garbage
        String escaped = out.indexOf("&") >= 0 ? ENTITY.matcher(out).replaceAll("\\\\&") : out.toString();
        if (hasAny(escaped, "-+=")) {
            escaped = escapeSecondGroup(BLOCK_START, escaped);
        }
        return hasAny(escaped, ".)") ? escapeSecondGroup(ORDERED_START, escaped) : escaped;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Puts a backslash between the pattern's first and second group wherever it matches. */
    private static String escapeSecondGroup(Pattern pattern, String s) {
        return pattern.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "\\" + r.group(2)));
    }

    /** Escapes a string for one table cell or one list line: line breaks become spaces. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        return escape(hasAny(s, LINE_BREAKS) ? LINE_BREAK.matcher(s).replaceAll(" ") : s);
    }
}
