package app.reconcile.architecture;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds word tables in Java source: vocabulary that belongs in a knowledge file, not in the engine's code. A
 * table is any of
 * <ul>
 *   <li>an argument list or array initialiser of more than {@code max} string literals ({@code Set.of("a", ...)},
 *       {@code List.of}, {@code new String[] {...}}, a varargs call such as {@code table("a", "b", ...)}); a
 *       {@code Map.of} counts its keys, a {@code Map.ofEntries} its {@code entry(...)}s;</li>
 *   <li>a regex alternation of more than {@code max} words ({@code "January|February|..."}, also spread over
 *       literals joined by {@code +});</li>
 *   <li>a string of more than {@code max} lower-case words separated by spaces (a list split at run time), unless
 *       it reads as prose (it holds "the", "of", "to", ...);</li>
 *   <li>a {@code static {}} initialiser of more than {@code max} statements that hold string literals;</li>
 *   <li>a {@code switch} with more than {@code max} string case labels.</li>
 * </ul>
 * Comments are ignored. The scanner reads text, not a syntax tree: it is meant for the engine's own plain code.
 */
final class WordTableScanner {
    /**
     * One alternative of an alternation: a word or words ({@code more\\s+than}, {@code read more}), with an optional
     * plural, dot, colon or word boundary.
     */
    private static final String WORD = "\\p{L}[\\p{L}\\p{N}'’\\-]*";
    private static final String ALTERNATIVE = WORD + "(?:(?:\\\\\\\\s\\+| )" + WORD + ")*"
            + "(?:s\\?|\\\\\\\\\\.\\?|\\\\\\\\b|:)?";
    /** Words that prose holds and a list of content words does not: a message is no word list. */
    private static final java.util.Set<String> PROSE = java.util.Set.of("the", "a", "an", "to", "of", "is", "are",
            "no", "not", "with", "from", "for");
    private final Pattern alternation;
    private final Pattern spacedWords;
    private final int max;

    WordTableScanner(int max) {
        this.max = max;
        this.alternation = Pattern.compile(ALTERNATIVE + "(?:\\|" + ALTERNATIVE + "){" + max + ",}");
        this.spacedWords = Pattern.compile("\\s*\\p{Ll}+(?:\\s+\\p{Ll}+){" + max + ",}\\s*");
    }

    /** A table found: the 1-based line it starts on, what kind it is and how many entries it holds. */
    record Finding(int line, String kind, int entries) {
        @Override
        public String toString() {
            return "line " + line + ": " + kind + " of " + entries + " entries";
        }
    }

    /** A string literal of the source: where it is (offsets of its quotes) and its text as written. */
    private record Literal(int start, int end, String raw) {
    }

    List<Finding> scan(String source) {
        String code = withoutComments(source);
        List<Literal> literals = literals(code);
        String masked = masked(code, literals);
        List<Finding> out = new ArrayList<>();
        lists(source, masked, literals, out);
        concatenations(source, code, literals, out);
        staticBlocks(source, masked, literals, out);
        switches(source, masked, literals, out);
        out.sort(java.util.Comparator.comparingInt(Finding::line));
        return out;
    }

    /** Argument lists and array initialisers with more than {@code max} string literal elements. */
    private void lists(String source, String masked, List<Literal> literals, List<Finding> out) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '(' || c == '{') {
                open.push(i);
            } else if ((c == ')' || c == '}') && !open.isEmpty()) {
                int from = open.pop();
                if (c == '}' && !isArrayInitialiser(masked, from)) {
                    continue;
                }
                int entries = elements(masked, literals, from, i, callName(masked, from));
                if (entries > max) {
                    out.add(new Finding(line(source, from), c == ')' ? "argument list" : "array initialiser", entries));
                }
            }
        }
    }

    /** The string literal elements between the brackets at {@code from} and {@code to}, as table entries. */
    private static int elements(String masked, List<Literal> literals, int from, int to, String call) {
        int literalsAtTop = 0;
        int entries = 0;
        int depth = 0;
        int elementStart = from + 1;
        for (int i = from + 1; i <= to; i++) {
            char c = masked.charAt(i);
            if (i < to && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (i < to && (c == ')' || c == '}' || c == ']')) {
                depth--;
            } else if (depth == 0 && (c == ',' || i == to)) {
                String element = masked.substring(elementStart, i).strip();
                if (isLiteral(element)) {
                    literalsAtTop++;
                } else if (element.matches("(?:Map\\.)?entry\\s*\\(\\s*\"[\\s\\S]*")) {
                    entries++;
                }
                elementStart = i + 1;
            }
        }
        return call.endsWith("Map.of") ? literalsAtTop / 2 + entries : literalsAtTop + entries;
    }

    /** A masked literal: quotes around a run of placeholder characters. */
    private static boolean isLiteral(String element) {
        return element.length() >= 2 && element.charAt(0) == '"' && element.charAt(element.length() - 1) == '"'
                && element.indexOf('"', 1) == element.length() - 1;
    }

    private static String callName(String masked, int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(masked.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(masked.charAt(start - 1)) || masked.charAt(start - 1) == '.')) {
            start--;
        }
        return masked.substring(start, end);
    }

    private static boolean isArrayInitialiser(String masked, int brace) {
        int i = brace - 1;
        while (i >= 0 && Character.isWhitespace(masked.charAt(i))) {
            i--;
        }
        return i >= 0 && "]=,{(".indexOf(masked.charAt(i)) >= 0;
    }

    /**
     * Literals joined by {@code +} read as one text (a constant between them stands for a break): alternations
     * and space-separated lists in it.
     */
    private void concatenations(String source, String code, List<Literal> literals, List<Finding> out) {
        int i = 0;
        while (i < literals.size()) {
            StringBuilder text = new StringBuilder(literals.get(i).raw());
            int j = i;
            while (j + 1 < literals.size() && code.substring(literals.get(j).end() + 1, literals.get(j + 1).start())
                    .matches("\\s*\\+\\s*(?:[\\w.]+\\s*\\+\\s*)*")) {
                String between = code.substring(literals.get(j).end() + 1, literals.get(j + 1).start());
                text.append(between.replaceAll("[\\s+]", "").isEmpty() ? "" : "\u0000");
                text.append(literals.get(j + 1).raw());
                j++;
            }
            int at = literals.get(i).start();
            Matcher m = alternation.matcher(text);
            while (m.find()) {
                out.add(new Finding(line(source, at), "regex alternation", m.group().split("\\|").length));
            }
            for (String piece : text.toString().split("\u0000")) {
                if (spacedWords.matcher(piece).matches()
                        && java.util.Arrays.stream(piece.strip().split("\\s+")).noneMatch(PROSE::contains)) {
                    out.add(new Finding(line(source, at), "space-separated word list", piece.strip().split("\\s+").length));
                }
            }
            i = j + 1;
        }
    }

    /** {@code static { ... }} blocks of more than {@code max} statements that hold a string literal. */
    private void staticBlocks(String source, String masked, List<Literal> literals, List<Finding> out) {
        Matcher m = Pattern.compile("\\bstatic\\s*\\{").matcher(masked);
        while (m.find()) {
            int open = m.end() - 1;
            int close = matching(masked, open);
            int statements = 0;
            int depth = 0;
            boolean hasLiteral = false;
            for (int i = open + 1; i < close; i++) {
                char c = masked.charAt(i);
                if (c == '(' || c == '{') {
                    depth++;
                } else if (c == ')' || c == '}') {
                    depth--;
                } else if (c == '"') {
                    hasLiteral = true;
                } else if (c == ';' && depth == 0) {
                    statements += hasLiteral ? 1 : 0;
                    hasLiteral = false;
                }
            }
            if (statements > max) {
                out.add(new Finding(line(source, open), "static initialiser", statements));
            }
        }
    }

    /** Switches with more than {@code max} string case labels. */
    private void switches(String source, String masked, List<Literal> literals, List<Finding> out) {
        Matcher m = Pattern.compile("\\bswitch\\s*\\(").matcher(masked);
        while (m.find()) {
            int paren = m.end() - 1;
            int body = masked.indexOf('{', matching(masked, paren));
            if (body < 0) {
                continue;
            }
            int close = matching(masked, body);
            Matcher label = Pattern.compile("\\bcase\\s+(\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")*)").matcher(masked)
                    .region(body, close);
            int labels = 0;
            while (label.find()) {
                labels += label.group(1).split(",").length;
            }
            if (labels > max) {
                out.add(new Finding(line(source, body), "switch on strings", labels));
            }
        }
    }

    private static int matching(String masked, int open) {
        char o = masked.charAt(open);
        char c = o == '(' ? ')' : o == '{' ? '}' : ']';
        int depth = 0;
        for (int i = open; i < masked.length(); i++) {
            if (masked.charAt(i) == o) {
                depth++;
            } else if (masked.charAt(i) == c && --depth == 0) {
                return i;
            }
        }
        return masked.length() - 1;
    }

    /** The source with comments blanked out (line breaks kept), string and char literals untouched. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(s, i) + 1;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
                blank(out, i, end);
                i = end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
    }

    /** The offset of the quote closing the literal opened at {@code open}. */
    private static int endOfLiteral(String s, int open) {
        char q = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q || c == '\n') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static List<Literal> literals(String code) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() - 3 : end;
                out.add(new Literal(i, end + 2, code.substring(i + 3, end)));
                i = end + 3;
            } else if (c == '"') {
                int end = endOfLiteral(code, i);
                out.add(new Literal(i, end, code.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '\'') {
                i = endOfLiteral(code, i) + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The code with each string literal's content replaced by placeholder characters (quotes kept). */
    private static String masked(String code, List<Literal> literals) {
        StringBuilder out = new StringBuilder(code);
        for (Literal l : literals) {
            out.setCharAt(l.start(), '"');
            for (int k = l.start() + 1; k < l.end(); k++) {
                out.setCharAt(k, out.charAt(k) == '\n' ? '\n' : 'x');
            }
            out.setCharAt(l.end(), '"');
        }
        // char literals may hold brackets and quotes: blank them too
        Matcher ch = Pattern.compile("'(?:\\\\.|[^'\\\\])+'").matcher(out.toString());
        while (ch.find()) {
            for (int k = ch.start() + 1; k < ch.end() - 1; k++) {
                out.setCharAt(k, 'x');
            }
        }
        return out.toString();
    }

    private static int line(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
