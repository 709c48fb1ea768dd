package app.reconcile.core.analysis.quote;

import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.WordScanner;
import app.reconcile.core.analysis.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads quotations out of the sentences of one article, in order: straight or curly double quotes, closed or
 * left open. A quotation of several sentences ("The talks were useful. There is an understanding of the
 * need to ...," he said) goes on in the next sentences of its paragraph up to its closing mark, so its later
 * sentences are quotations too. One instance reads one article.
 */
public final class QuotationExtractor {
    private static final int MIN_WORDS = 2;

    /** The paragraph (of {@link #openArticle}) whose last sentence ended inside a quotation; -1 for none. */
    private int openParagraph = -1;
    private int openArticle = -1;

    public List<Quotation> extract(Sentence s, String articleId) {
        String t = s.text();
        boolean continues = s.article() == openArticle
                && (s.paragraph() == openParagraph || s.paragraph() == openParagraph + 1 && closesFirst(t));
        openParagraph = -1;
        if (!continues && !hasQuoteMark(t)) {
            return singleQuoted(s, articleId);
        }
        List<Quotation> out = new ArrayList<>();
        int open = continues ? 0 : -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean opening = c == '“' || c == '„' || c == '«' || c == '"' && open < 0;
            boolean closing = c == '”' || c == '»' || c == '"' && open >= 0;
            if (open < 0 && opening) {
                open = i + 1;
            } else if (open >= 0 && closing) {
                add(out, s, articleId, open, i);
                open = -1;
            }
        }
        if (open >= 0) {
            add(out, s, articleId, open, t.length());
            openArticle = s.article();
            openParagraph = s.paragraph();
        }
        return out;
    }

    /**
     * Quotations in single quotes ('good chance', ‘quite useful’), as headlines and some British papers write
     * them, in a sentence without double quotes. An apostrophe looks the same, so a mark only opens after a
     * space or an opening bracket and before a letter or digit, only closes after a word or a stop and before
     * anything but a letter, and a quotation left open counts for nothing: "Trump's", "rock 'n' roll" and
     * "the '90s" quote nobody.
     */
    private static List<Quotation> singleQuoted(Sentence s, String articleId) {
        String t = s.text();
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') {
                continue;
            }
            if (open < 0) {
                boolean afterSpace = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([—–".indexOf(t.charAt(i - 1)) >= 0;
                if (c != '’' && afterSpace && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1))) {
                    open = i + 1;
                }
            } else if (c != '‘' && i > open) {
                char before = t.charAt(i - 1);
                boolean afterWord = Character.isLetterOrDigit(before) || ".,!?".indexOf(before) >= 0;
                boolean beforeNonLetter = i + 1 == t.length() || !Character.isLetter(t.charAt(i + 1));
                if (afterWord && beforeNonLetter) {
                    add(out, s, articleId, open, i);
                    open = -1;
                }
            }
        }
        return out;
    }

    /**
     * Whether the first quotation mark of a sentence closes a quotation rather than opening one: a curly closing
     * mark, or an odd number of straight marks after a start that is no mark. A quotation left open at the end
     * of a paragraph goes on in the next one only then ("I believe he did not win. / In his own words, it's not
     * in his DNA to stay in jail," said ...); a paragraph that opens a new mark starts a new quotation.
     */
    static boolean closesFirst(String t) {
        int straight = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '”' || c == '»') {
                return straight == 0;
            }
            if (c == '“' || c == '„' || c == '«') {
                return straight % 2 == 1;
            }
            if (c == '"') {
                straight++;
            }
        }
        return straight % 2 == 1 && !t.stripLeading().startsWith("\"");
    }

    /** Most sentences quote nobody: one cheap pass rules them out before quotes are paired. */
    private static boolean hasQuoteMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '“' || c == '„' || c == '«' || c == '”' || c == '»') {
                return true;
            }
        }
        return false;
    }

    /** Each "[...]" replaced by a space ({@code replaceAll("\\[[^\\]]*]", " ")}, without a regex). */
    static String withoutInsertions(String quoted) {
        int open = quoted.indexOf('[');
        if (open < 0) {
            return quoted;
        }
        StringBuilder out = new StringBuilder(quoted.length());
        int from = 0;
        while (open >= 0) {
            int close = quoted.indexOf(']', open + 1);
            if (close < 0) {
                break;
            }
            out.append(quoted, from, open).append(' ');
            from = close + 1;
            open = quoted.indexOf('[', from);
        }
        return out.append(quoted, from, quoted.length()).toString();
    }

    private static void add(List<Quotation> out, Sentence s, String articleId, int from, int to) {
        String t = s.text();
        while (from < to && !Character.isLetterOrDigit(t.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(t.charAt(to - 1))) {
            to--;
        }
        List<String> words = new ArrayList<>();
        // editorial insertions ("[Ukrainian] President") are not the speaker's words
        WordScanner m = new WordScanner(withoutInsertions(t.substring(from, to)));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        if (words.size() >= MIN_WORDS) {
            out.add(new Quotation(articleId, s.start() + from, s.start() + to, t.substring(from, to), words));
        }
    }
}
