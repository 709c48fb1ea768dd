package app.reconcile.io;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Article files in the charsets editors actually receive decode to the same text. */
class ArticleCharsetTest {
    private static final String SAMPLE = "café – “quoted” ñ € 12°";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @ParameterizedTest(name = "{0}, byte-order mark: {1}")
    @CsvSource(textBlock = """
            UTF-8,        false
            UTF-8,        true
            UTF-16LE,     true
            UTF-16BE,     true
            UTF-16LE,     false
            UTF-16BE,     false
            windows-1252, false
            """)
    void anArticleDecodesToTheSameTextInEveryCommonCharset(String charsetName, boolean bom) throws Exception {
        Charset charset = Charset.forName(charsetName);
        Path file = dir.resolve("article.txt");
        Files.write(file, bytes((bom ? "\uFEFF" : "") + SAMPLE + "\r\nsecond line", charset));

        Article article = importOne(file);

        assertThat(article.text()).isEqualTo(SAMPLE + "\nsecond line");
        assertThat(article.title()).isEqualTo(SAMPLE);
    }

    @Test
    void windows1252BytesThatAreNotUtf8FallBackToWindows1252() {
        byte[] bytes = "café – “quoted”".getBytes(TextDecoder.WINDOWS_1252);

        TextDecoder.Decoded decoded = new TextDecoder().decode(bytes);

        assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
        assertThat(decoded.text()).isEqualTo("café – “quoted”");
    }

    @Test
    void plainAsciiIsReadAsUtf8() {
        TextDecoder.Decoded decoded = new TextDecoder().decode("plain".getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aShortUtf8TextWithAccentsIsNotMistakenForALatinCharset() {
        TextDecoder.Decoded decoded = new TextDecoder().decode("Zoë née Müller".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("Zoë née Müller");
    }

    @Test
    void nonLatinUtf16WithAByteOrderMarkDecodes() throws Exception {
        Path file = dir.resolve("ru.txt");
        Files.write(file, bytes("\uFEFFВладимир Путин", StandardCharsets.UTF_16LE));

        assertThat(importOne(file).text()).isEqualTo("Владимир Путин");
    }

    @Test
    void anHtmlPageInWindows1252WithADeclaredCharsetIsReadInThatCharset() throws Exception {
        Path file = dir.resolve("page.html");
        String html = "<html><head><meta charset=\"iso-8859-2\"><title>t</title></head><body><p>Łódź</p></body></html>";
        Files.write(file, html.getBytes(Charset.forName("iso-8859-2")));

        assertThat(importOne(file).text()).isEqualTo("Łódź");
    }

    private Article importOne(Path file) throws ArticleImportException {
        return importer.importPaths(List.of(file), 1).get(0);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
