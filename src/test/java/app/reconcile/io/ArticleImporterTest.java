package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.ControlCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ArticleImporterTest {
    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void aFolderGivesItsArticleFilesSortedByNameWithIdsFromTheFirstIndex() throws Exception {
        write("b.md", "# Second\nbody");
        write("a.txt", "First\nbody");
        write("c.html", "<html><head><title>Third</title></head><body><p>body</p></body></html>");
        write("notes.pdf", "ignored");
        Files.createDirectory(dir.resolve("sub.txt"));

        List<Article> articles = importer.importPaths(List.of(dir), 3);

        assertThat(articles).extracting(Article::id).containsExactly("a3", "a4", "a5");
        assertThat(articles).extracting(Article::source).containsExactly("a.txt", "b.md", "c.html");
        assertThat(articles).extracting(Article::title).containsExactly("First", "Second", "Third");
    }

    @Test
    void filesAndFoldersMixKeepTheGivenOrder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("more"));
        Files.writeString(folder.resolve("x.txt"), "X text");
        Path single = write("single.txt", "Single text");

        List<Article> articles = importer.importPaths(List.of(single, folder), 1);

        assertThat(articles).extracting(Article::source).containsExactly("single.txt", "x.txt");
    }

    @Test
    void textKeepsEverythingButLineEndsAndTheByteOrderMark() throws Exception {
        Path file = dir.resolve("crlf.txt");
        Files.write(file, "\uFEFFTitle  \r\n\r\n  indented\ttab\rold mac line\n# not markdown".getBytes(StandardCharsets.UTF_8));

        Article article = importer.importPaths(List.of(file), 1).get(0);

        assertThat(article.text()).isEqualTo("Title  \n\n  indented\ttab\nold mac line\n# not markdown");
    }

    @Test
    void markdownIsKeptVerbatimButItsTitleLosesTheHeadingMarkers() throws Exception {
        Path file = write("story.md", "\n\n## Putin and Trump to meet ##\n\n*Moscow* — talks were **useful**.");

        Article article = importer.importPaths(List.of(file), 1).get(0);

        assertThat(article.text()).isEqualTo("\n\n## Putin and Trump to meet ##\n\n*Moscow* — talks were **useful**.");
        assertThat(article.title()).isEqualTo("Putin and Trump to meet");
    }

    @Test
    void aLongFirstLineIsShortenedAtAWordForTheTitle() throws Exception {
        Path file = write("long.txt", "word ".repeat(60).strip() + "\nbody");

        String title = importer.importPaths(List.of(file), 1).get(0).title();

        assertThat(title).endsWith("\u2026").hasSizeLessThanOrEqualTo(TitleFinder.MAX_LENGTH + 1);
        assertThat(title).doesNotContain("wor\u2026");
    }

    @Test
    void aFileWithoutAnyLetterOrDigitIsTitledByItsName() throws Exception {
        Path file = write("rules.txt", "----\n\n== ==\n");

        assertThat(importer.importPaths(List.of(file), 1).get(0).title()).isEqualTo("rules.txt");
    }

    @Test
    void decorationLinesAreSkippedWhenLookingForTheTitle() throws Exception {
        Path file = write("n.txt", "----\n42 injured");

        assertThat(importer.importPaths(List.of(file), 1).get(0).title()).isEqualTo("42 injured");
    }

    @Test
    void shortPageChromeLinesBeforeTheHeadlineAreNotTheTitle() throws Exception {
        Path file = write("saved.txt", "Skip to content\n\nLive updates\n\nMinisters agree to meet in the coming days\nBody.");

        assertThat(importer.importPaths(List.of(file), 1).get(0).title())
                .isEqualTo("Ministers agree to meet in the coming days");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            empty.txt,          '',                 the file is empty
            blank.txt,          '   \t  ',          the file has no text
            report.pdf,         'PDF text',         unsupported file type
            menu.html,          '<nav>Home</nav>',  the page has no article text
            """)
    void badFilesAreRefusedWithAMessageNamingTheFile(String name, String content, String reason) throws Exception {
        Path file = write(name, content.replace("\\t", "\t"));

        assertThatThrownBy(() -> importer.importPaths(List.of(file), 1))
                .isInstanceOf(ArticleImportException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void ofSeveralBadFilesTheFirstInOrderIsReported() throws Exception {
        for (int i = 0; i < 12; i++) {
            write(String.format("f%02d.txt", i), i == 7 || i == 9 ? "" : "Article " + i + " text");
        }

        assertThatThrownBy(() -> importer.importPaths(List.of(dir), 1))
                .isInstanceOf(ArticleImportException.class)
                .hasMessage("f07.txt: the file is empty");
    }

    @Test
    void manyFilesKeepTheirOrderAndIds() throws Exception {
        for (int i = 0; i < 40; i++) {
            write(String.format("f%02d.txt", i), "Article number " + i + " says something new");
        }

        List<Article> articles = importer.importPaths(List.of(dir), 1);

        assertThat(articles).extracting(Article::id).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "a" + i).toList());
        assertThat(articles).extracting(Article::title).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 40).mapToObj(i -> "Article number " + i + " says something new").toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gone.txt", "seds"})
    void aMissingFileOrFolderIsRefusedAsMissingWhateverItsName(String name) {
        assertThatThrownBy(() -> importer.importPaths(List.of(dir.resolve(name)), 1))
                .isInstanceOf(ArticleImportException.class)
                .hasMessage(name + ": no such file or folder");
    }

    @Test
    void aFolderWithoutArticlesIsRefused() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));

        assertThatThrownBy(() -> importer.importPaths(List.of(empty), 1))
                .hasMessageStartingWith("nothing-here: ")
                .hasMessageContaining("no .txt, .md or .html files");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ArticleImporter.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> importer.importPaths(List.of(file), 1))
                .hasMessageStartingWith("huge.txt: ")
                .hasMessageContaining("at most 5 MB");
    }

    @Test
    void binaryContentIsRefused() throws Exception {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});

        assertThatThrownBy(() -> importer.importPaths(List.of(file), 1))
                .hasMessage("image.txt: not a text file (it contains binary data)");
    }

    @Test
    void controlCharacterNoiseWithoutNulIsRefusedAsBinary() throws Exception {
        byte[] noise = new byte[2000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 3 == 0 ? 0x01 + (i % 20) : 'a');
        }
        Path file = dir.resolve("noise.txt");
        Files.write(file, noise);

        assertThatThrownBy(() -> importer.importPaths(List.of(file), 1))
                .hasMessageContaining("binary data");
    }

    /**
     * Issue 13, point 16: the binary check looks at the first 16K characters only; control characters after
     * them (and a few before) become U+FFFD one for one on import, before any offset exists.
     */
    @Test
    void controlCharactersPastTheBinaryCheckBecomeReplacementCharacters() throws Exception {
        String head = "Police report\n" + "Officials said twelve people were hurt. ".repeat(500);
        String tail = "NUL\u0000 BEL\u0007 ESC\u001b[2J CR\r VT\u000b DEL\u007f CSI\u009b tab\tend\n";
        Path file = dir.resolve("late-controls.txt");
        Files.writeString(file, head + tail, StandardCharsets.UTF_8);

        Article a = importer.importFile(file, "a1");

        assertThat(a.text()).hasSize(head.length() + tail.length())
                .endsWith("NUL\uFFFD BEL\uFFFD ESC\uFFFD[2J CR\n VT\uFFFD DEL\uFFFD CSI\uFFFD tab\tend\n");
        assertThat(ControlCharacters.firstStray(a.text())).isEqualTo(-1);
    }

    @Test
    void controlCharactersInAFileNameDoNotReachTheArticle() throws Exception {
        Path file = dir.resolve("bell\u0007\u001b[2J.txt");
        Files.writeString(file, "A title\nSome text.", StandardCharsets.UTF_8);

        Article a = importer.importFile(file, "a1");

        assertThat(a.source()).isEqualTo("bell\uFFFD\uFFFD[2J.txt");
    }

    @Test
    void importEachKeepsTheGoodFilesAndReportsTheBadOnes() throws Exception {
        Path good = write("good.txt", "Good text");
        Path empty = write("empty.txt", "");
        Path alsoGood = write("also-good.md", "Also good");

        ImportResult result = importer.importEach(List.of(good, empty, dir.resolve("gone.txt"), alsoGood), 4);

        assertThat(result.articles()).extracting(Article::id, Article::source)
                .containsExactly(tuple("a4", "good.txt"), tuple("a5", "also-good.md"));
        assertThat(result.problems()).containsExactly("empty.txt: the file is empty", "gone.txt: no such file or folder");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
