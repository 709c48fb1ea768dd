package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps page furniture out of the analysis: short lines that are not sentences ("Accessibility links",
 * "please wait", "0:00 0:00:22", "XS"), lines repeated from just above (photo captions printed twice),
 * "SEE ALSO:" teasers, bylines and credit lines. Headlines of five or more words stay: they state facts too.
 */
public final class BoilerplateFilter {
    private static final Pattern MEDIA_TIMER = Pattern.compile("^[\\d:\\s]+$");
    /** The words that open furniture lines and teasers ({@code knowledge/page-furniture.tsv}). */
    private static final KnowledgeTable WORDS = KnowledgeTable.load("page-furniture", "phrase kind", "phrase");
    /** A furniture word opening a line, as a whole word: "Shares fell 6%" and "Bystanders said" are text. */
    private static final Pattern BYLINE = Pattern.compile("^(" + WORDS.entries(e -> e.get("kind").startsWith("line"))
            .stream().map(e -> Alternation.phrase(e.get("phrase"), Alternation.AS_WRITTEN)
                    + (e.get("kind").equals("line-word") ? "\\b" : ""))
            .collect(java.util.stream.Collectors.joining("|")) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    /** Openers of kind "line-text": furniture unless the line reads as a sentence ("By beating the Chiefs, ..."). */
    private static final java.util.Set<String> OR_TEXT = java.util.Set.copyOf(WORDS.column("phrase",
            e -> e.get("kind").equals("line-text")));
    private static final Pattern TEASER = Pattern.compile("^(" + Alternation.of(WORDS.column("phrase",
            e -> e.get("kind").equals("teaser")), Alternation.AS_WRITTEN) + ")\\s*:", Pattern.CASE_INSENSITIVE);

    /** Where a teaser's headline ends and the article's own text glued to it begins ("...Egypt|The driver"). */
    private static final Pattern GLUE = Pattern.compile("(?<=[\\p{Ll}?!.])[\"“]?\\p{Lu}\\p{Ll}");
    private static final int MIN_GLUED_WORDS = 5;

    /**
     * The offset in a teaser line ("SEE ALSO: Deadly rail accidents in EgyptThe driver ... said.") where the
     * article's own running text starts, the page having lost the break after the teaser; -1 when the line is
     * not a teaser or nothing sentence-like is glued to it.
     */
    public int gluedTextStart(String line) {
        Matcher teaser = TEASER.matcher(line.stripLeading());
        if (!teaser.find()) {
            return -1;
        }
        int offset = line.length() - line.stripLeading().length();
        Matcher glue = GLUE.matcher(line);
        if (!glue.find(offset + teaser.end())) {
            return -1;
        }
        String rest = line.substring(glue.start()).strip();
        return Words.splitCount(rest, MIN_GLUED_WORDS) >= MIN_GLUED_WORDS && endsLikeSentence(rest) ? glue.start() : -1;
    }

    public boolean isBoilerplateLine(String line, List<String> previousLines) {
        String s = line.strip();
        Matcher opener = BYLINE.matcher(s);
        if (MEDIA_TIMER.matcher(s).matches() || TEASER.matcher(s).find()
                || opener.find() && !(OR_TEXT.contains(opener.group(1).toLowerCase(Locale.ROOT)) && isSentence(s))) {
            return true;
        }
        int words = Words.splitCount(s, 5);
        if (words < 5 && !endsLikeSentence(s)) {
            return true;
        }
        int from = Math.max(0, previousLines.size() - 2);
        for (String prev : previousLines.subList(from, previousLines.size())) {
            if (prev.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** A line as long as a sentence of running text that also ends like one, whatever word opens it. */
    static final int SENTENCE_WORDS = 6;

    /**
     * Running text, not furniture, although a furniture word opens it: "By beating the Chiefs, Indianapolis'
     * record rose to 9-5 and ..." is a sentence, "By Jane Doe, Associated Press" a byline.
     */
    private static boolean isSentence(String s) {
        return Words.splitCount(s, SENTENCE_WORDS) >= SENTENCE_WORDS && endsLikeSentence(s);
    }

    /** A teaser glued into running text ("SEE ALSO: ...Watch\"There's") is dropped as a whole sentence. */
    public boolean isBoilerplateSentence(String sentence) {
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        return TEASER.matcher(s).find() || Words.splitCount(s, 3) < 3 && !hasThreeLettersOnOneLine(s);
    }

    /**
     * What {@code s.matches(".*\\p{L}{3,}.*")} says, without compiling that pattern for every sentence: three
     * letters in a row, and no line terminator anywhere ({@code .} does not match one).
     */
    static boolean hasThreeLettersOnOneLine(String s) {
        int run = 0;
        boolean found = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029') {
                return false;
            }
            run = Character.isLetter(cp) ? run + 1 : 0;
            found |= run >= 3;
            i += Character.charCount(cp);
        }
        return found;
    }

    private static boolean endsLikeSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return ".!?\"”’".indexOf(last) >= 0;
    }
}
