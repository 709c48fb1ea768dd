package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.ControlCharacters;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one article file into an {@link Article}; shared by the importer (files on disk) and
 * the seed corpus (class-path resources). The text is exactly what the viewer shows: line ends become
 * '\n', a byte-order mark is dropped and each control character other than tab and line feed becomes
 * U+FFFD (one for one), nothing else, because every stored offset indexes into it. This happens on import
 * only, before analysis; a saved project's text is never changed (reports replace them on output).
 */
final class ArticleFileReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final double MAX_CONTROL_RATIO = 0.02;
    private static final int PROBE_CHARS = 16_384;

    private final TextDecoder decoder = new TextDecoder();
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final TitleFinder titles = new TitleFinder();

    Article read(String fileName, byte[] bytes, String id) throws ArticleImportException {
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        String raw = normalise(decoded.text());
        if (looksBinary(raw)) {
            throw new ArticleImportException(fileName + ": not a text file (it contains binary data)");
        }
        String title;
        String text;
        if (SupportedFormats.isHtml(fileName)) {
            String source = redecodeByMetaCharset(raw, bytes, decoded.charset()).orElse(raw);
            HtmlArticleExtractor.Extracted page = html.extract(source);
            title = TitleFinder.shorten(page.title());
            text = page.text();
        } else {
            text = raw;
            title = titles.titleOf(text);
        }
        if (text.isBlank()) {
            throw new ArticleImportException(fileName + (SupportedFormats.isHtml(fileName)
                    ? ": the page has no article text" : ": the file has no text"));
        }
        // before any offset exists: the few control characters the binary check lets through become U+FFFD
        String source = ControlCharacters.replace(fileName);
        return new Article(id, source, ControlCharacters.replace(title.isEmpty() ? source : title),
                ControlCharacters.replace(text));
    }

    /** "\r\n" and lone "\r" become "\n"; a leading byte-order mark goes. */
    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * NUL never occurs in text; other control characters (besides tab, form feed and line ends) are rare,
     * so more than a few percent of them means the bytes were not text in any charset we tried.
     */
    static boolean looksBinary(String text) {
        int probe = Math.min(text.length(), PROBE_CHARS);
        int controls = 0;
        for (int i = 0; i < probe; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return probe > 0 && controls > probe * MAX_CONTROL_RATIO;
    }

    /**
     * Valid UTF-8 and byte-order marks are trusted over a page's meta tag (pages are often re-saved without
     * fixing it); only when the bytes fell back to Windows-1252 does a declared charset know better.
     */
    private static Optional<String> redecodeByMetaCharset(String decoded, byte[] bytes, Charset used) {
        if (!used.equals(TextDecoder.WINDOWS_1252)) {
            return Optional.empty();
        }
        Matcher m = META_CHARSET.matcher(decoded.substring(0, Math.min(decoded.length(), 2048)));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Charset declared = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            return declared.equals(used) ? Optional.empty() : Optional.of(normalise(new String(bytes, declared)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
