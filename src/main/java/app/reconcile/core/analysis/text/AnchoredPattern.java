package app.reconcile.core.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where a match can begin. {@link Matcher#find()} tries a pattern at every position of
 * the text, and an alternation of words ("January|February|...") is tried alternative by alternative at each
 * one: on a cold JVM that is most of the time spent reading articles. Every match consumes its first
 * character, so when the characters a match can begin with are known, the other positions can be skipped
 * without changing a single result: {@link Scan#find()} gives exactly the matches a {@code find()} loop gives
 * (property-tested against it), in the same order, with the same groups.
 *
 * <p>The pattern must not match the empty string, and {@code firstChars} must hold every character any
 * match can start with (both cases for a case-insensitive pattern: see {@link #ignoringCase}). A pattern
 * that begins with a word boundary or a look-behind such as {@code (?<![\p{L}\p{N}])} also says what may not
 * stand before a match ({@link Before}), which skips the middle of every word.
 */
public final class AnchoredPattern {
    private static final int ASCII = 128;

    /** What the pattern itself forbids right before a match; a necessary condition, never a stricter one. */
    public enum Before {
        /** Anything may stand before a match. */
        ANYTHING,
        /** Not a letter: {@code (?<![\p{L}])}. */
        NO_LETTER,
        /** Not a letter nor a digit: {@code \b} before a letter or digit, {@code (?<![\p{L}\p{N}])}. */
        NO_LETTER_OR_DIGIT
    }

    private final Pattern pattern;
    private final Before before;
    private final boolean[] asciiStarts = new boolean[ASCII];
    private final String otherStarts;
    private final boolean anyUppercase;

    private AnchoredPattern(Pattern pattern, String firstChars, Before before, boolean anyUppercase) {
        this.pattern = pattern;
        this.before = before;
        this.anyUppercase = anyUppercase;
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            if (c < ASCII) {
                asciiStarts[c] = true;
            } else {
                other.append(c);
            }
        }
        this.otherStarts = other.toString();
    }

    /** {@code pattern}, tried only at characters of {@code firstChars} with what {@code before} allows before them. */
    public static AnchoredPattern of(Pattern pattern, String firstChars, Before before) {
        return new AnchoredPattern(pattern, firstChars, before, false);
    }

    /** As {@link #of}, for a case-insensitive pattern: each of {@code firstChars} in upper and lower case. */
    public static AnchoredPattern ignoringCase(Pattern pattern, String firstChars, Before before) {
        return new AnchoredPattern(pattern, firstChars.toLowerCase(java.util.Locale.ROOT)
                + firstChars.toUpperCase(java.util.Locale.ROOT), before, false);
    }

    /** The same pattern, also tried at any upper-case letter ({@code \p{Lu}}: a pattern that starts with a name). */
    public AnchoredPattern orAnyUppercase() {
        StringBuilder chars = new StringBuilder(otherStarts);
        for (char c = 0; c < ASCII; c++) {
            if (asciiStarts[c]) {
                chars.append(c);
            }
        }
        return new AnchoredPattern(pattern, chars.toString(), before, true);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches in {@code text}, from its start. */
    public Scan scan(CharSequence text) {
        return new Scan(pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), text);
    }

    /** Whether any match exists: a cheap test before costlier work. */
    public boolean foundIn(CharSequence text) {
        return scan(text).find();
    }

    private boolean canStartAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (!(c < ASCII ? asciiStarts[c] : otherStarts.indexOf(c) >= 0) && !(anyUppercase && isUppercase(text, i))) {
            return false;
        }
        if (i == 0 || before == Before.ANYTHING) {
            return true;
        }
        char p = text.charAt(i - 1);
        return before == Before.NO_LETTER ? !Character.isLetter(p) : !Character.isLetterOrDigit(p);
    }

    /** An upper-case letter at {@code i}, also one written as a surrogate pair. */
    private static boolean isUppercase(CharSequence text, int i) {
        return Character.isUpperCase(Character.codePointAt(text, i));
    }

    /**
     * One pass over a text. After {@link #find()} returns true, {@link #matcher()} holds the match (start,
     * end and groups in the text's own offsets).
     */
    public final class Scan {
        private final Matcher matcher;
        private final CharSequence text;
        private int next;

        private Scan(Matcher matcher, CharSequence text) {
            this.matcher = matcher;
            this.text = text;
        }

        /** The next match, as the next {@link Matcher#find()} would find it. */
        public boolean find() {
            int n = text.length();
            for (int i = next; i < n; i++) {
                if (canStartAt(text, i)) {
                    matcher.region(i, n);
                    if (matcher.lookingAt()) {
                        next = Math.max(matcher.end(), i + 1);
                        return true;
                    }
                }
            }
            next = n;
            return false;
        }

        public Matcher matcher() {
            return matcher;
        }
    }
}
