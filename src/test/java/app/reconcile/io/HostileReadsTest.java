package app.reconcile.io;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, "Size limits": the limits hold for what is read, not for what a file reports as its size, so a
 * pipe or a device (which report 0) can neither get past them nor be called empty.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileReadsTest {
    private static final Path DEV_ZERO = Path.of("/dev/zero");

    @TempDir
    Path dir;

    @Test
    void aProjectLinkedToDevZeroStopsAtTheLimit() throws Exception {
        assumeTrue(Files.exists(DEV_ZERO));
        Path link = Files.createSymbolicLink(dir.resolve("p.json"), DEV_ZERO);

        assertThatThrownBy(() -> new ProjectFiles().load(link)).isInstanceOf(ProjectFileException.class)
                .hasMessage("p.json: the file is too large (more than 100 MB); a project file may be at most 100 MB");
    }

    @Test
    void aProjectFromAPipeIsRead() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("p.json"));
        byte[] project = Files.readAllBytes(Path.of("assets/sample-project.json"));
        SpecialFiles.feed(fifo, project);

        assertThat(new ProjectFiles().load(fifo).articles()).isNotEmpty();
    }

    @Test
    void anArticleFromAPipeIsReadNotCalledEmpty() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("a.txt"));
        SpecialFiles.feed(fifo, "Forty people were rescued on Tuesday.\n".getBytes(StandardCharsets.UTF_8));

        Article article = new ArticleImporter().importFile(fifo, "a1");

        assertThat(article.text()).isEqualTo("Forty people were rescued on Tuesday.\n");
    }

    @Test
    void anArticleFromAPipeStopsAtTheLimit() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("a.txt"));
        byte[] tooMuch = new byte[(int) ArticleImporter.MAX_FILE_BYTES + 1];
        Arrays.fill(tooMuch, (byte) 'x');
        SpecialFiles.feed(fifo, tooMuch);

        assertThatThrownBy(() -> new ArticleImporter().importFile(fifo, "a1"))
                .hasMessage("a.txt: the file is too large; an article may be at most 5 MB");
    }

    @Test
    void anArticleLinkedToDevZeroStopsAtTheLimit() throws Exception {
        assumeTrue(Files.exists(DEV_ZERO));
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), DEV_ZERO);

        assertThatThrownBy(() -> new ArticleImporter().importFile(link, "a1"))
                .hasMessage("zero.txt: the file is too large; an article may be at most 5 MB");
    }

    @Test
    void anEmptyPipeIsEmpty() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("a.txt"));
        SpecialFiles.feed(fifo, new byte[0]);

        assertThatThrownBy(() -> new ArticleImporter().importFile(fifo, "a1"))
                .hasMessage("a.txt: the file is empty");
    }
}
