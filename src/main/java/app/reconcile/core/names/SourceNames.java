package app.reconcile.core.names;

import app.reconcile.core.Article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A human name for the source of an article, as the editor reads it in pane headers, value buttons, the
 * Sources tab and the chart: the name the editor gave it (a {@link Article#source()} that is no longer a
 * file name), else the outlet the text names on a "Copyright"/"©" line, a "Source:" line or a byline
 * ("By Jane Doe | Reuters"), else the article's title, else the file name.
 *
 * <p>Kept apart from {@link Article} on purpose: the web import adds an outlet to the article model; once
 * it does, that outlet simply goes first here.
 */
public final class SourceNames {
    /** Longest name a pane header shows in full; longer names are cut at a word and end in "…". */
    public static final int HEADER_LENGTH = 32;
    private static final int MAX_OUTLET = 60;
    private static final int EDGE_LINES = 12;
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(txt|md|markdown|html?)$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*,?\\s*)?"
                    + "(.+?)\\s*(?:[.,;]?\\s*all rights reserved.*)?[.]?$");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^source\\s*:\\s*(.+?)\\.?$");
    /** "By Jane Doe | Reuters", "By J. Doe, The Guardian": a byline of capitalised names, then the outlet. */
    private static final Pattern BYLINE = Pattern.compile(
            "^By\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*\\s*[|,–—]\\s*(.+?)\\.?$");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?i).*\\b(\\d{1,2}:\\d{2}|\\d{4}|updated|published|hours? ago|minutes? ago)\\b.*");

    private SourceNames() {
    }

    /** The full human name of the article's source. */
    public static String of(Article article) {
        if (isGivenName(article.source())) {
            return article.source().strip();
        }
        return outletIn(article.text())
                .or(() -> article.title().isBlank() || article.title().equals(article.source())
                        ? Optional.empty() : Optional.of(article.title().strip()))
                .orElse(article.source().isBlank() ? article.id() : article.source());
    }

    /** The name shortened for a narrow header: cut at a word boundary, with "…". */
    public static String shortName(Article article) {
        return shorten(of(article), HEADER_LENGTH);
    }

    /** True when the editor named the source: {@code source} is neither blank nor a file name. */
    public static boolean isGivenName(String source) {
        return source != null && !source.isBlank() && !FILE_NAME.matcher(source.strip()).matches();
    }

    /** {@code text} cut to at most {@code max} characters at a word boundary, ending in "…" when cut. */
    public static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return t.substring(0, cut).replaceAll("[\\s,;:–—-]+$", "") + "…";
    }

    /** The outlet a line near the top or the bottom of the text names, if any. */
    public static Optional<String> outletIn(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i >= EDGE_LINES && i < n - EDGE_LINES) {
                continue;
            }
            Optional<String> outlet = outletOf(lines.get(i));
            if (outlet.isPresent()) {
                return outlet;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> outletOf(String line) {
        if (line.length() > MAX_OUTLET * 2) {
            return Optional.empty();
        }
        for (Pattern p : List.of(COPYRIGHT, SOURCE_LINE, BYLINE)) {
            Matcher m = p.matcher(line);
            if (m.matches() && (p != COPYRIGHT || line.contains("©") || line.toLowerCase(Locale.ROOT).startsWith("copyright")
                    || line.toLowerCase(Locale.ROOT).startsWith("(c)"))) {
                String outlet = m.group(1).strip();
                if (plausible(outlet)) {
                    return Optional.of(outlet);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(String outlet) {
        return !outlet.isEmpty() && outlet.length() <= MAX_OUTLET && Character.isLetterOrDigit(outlet.charAt(0))
                && outlet.split("\\s+").length <= 6 && !DATE_OR_TIME.matcher(outlet).matches();
    }
}
