package app.reconcile.cli;

import app.reconcile.io.SpecialFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, points 1, 2, 7, 10, 13, 14: what {@code analyze --out} and {@code export --out} must refuse, with
 * which message and exit code, and that a refusal changes nothing on disk.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileOutputPathsTest {
    private static final String ARTICLE_A = "seeds/001_c95b9512b2da6070.txt";
    private static final String ARTICLE_B = "seeds/004_6b0aa45bcce7e501.txt";

    @TempDir
    Path dir;

    private final CliRun run = new CliRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;
    private final Cli cli = run.cli;
    private Path project;
    private byte[] projectBytes;

    @BeforeEach
    void setUp() throws Exception {
        project = Files.copy(Path.of("assets/sample-project.json"), dir.resolve("P.json"));
        projectBytes = Files.readAllBytes(project);
    }

    @Test
    void exportOverItsOwnProjectIsRefusedAndTheProjectKept() throws Exception {
        int exit = cli.execute("export", "--format", "html", "--out", project.toString(), project.toString());

        assertRefused(exit, project + ": it is also an input of this command; write to another file");
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
    }

    @Test
    void exportOverItsProjectThroughALinkOrDotsOrAHardLinkIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), project);
        Path dots = Files.createDirectory(dir.resolve("sub")).resolve("../P.json");
        Path hard = Files.createLink(dir.resolve("hard.json"), project);

        for (Path alias : new Path[] {link, dots, hard}) {
            int exit = cli.execute("export", "--format", "md", "--out", alias.toString(), project.toString());

            assertThat(exit).as(alias.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("cannot write " + alias + ": it is also an input");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void analyzeOverOneOfItsArticlesIsRefusedAndTheArticleKept() throws Exception {
        Path a = Files.copy(Path.of(ARTICLE_A), dir.resolve("a.txt"));
        Path b = Files.copy(Path.of(ARTICLE_B), dir.resolve("b.txt"));
        byte[] before = Files.readAllBytes(a);

        int exit = cli.execute("analyze", "--out", a.toString(), a.toString(), b.toString());

        assertRefused(exit, a + ": it is also an input of this command; write to another file");
        assertThat(Files.readAllBytes(a)).isEqualTo(before);
    }

    @Test
    void analyzeOverAnArticleOfAnInputFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Path a = Files.copy(Path.of(ARTICLE_A), folder.resolve("a.txt"));
        Files.copy(Path.of(ARTICLE_B), folder.resolve("b.txt"));
        byte[] before = Files.readAllBytes(a);

        int exit = cli.execute("analyze", "--out", a.toString(), folder.toString());

        assertRefused(exit, a + ": it is one of the files read from " + folder + "; write to another file");
        assertThat(Files.readAllBytes(a)).isEqualTo(before);
    }

    @Test
    void aProjectBesideTheArticlesOfAnInputFolderMayBeReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Files.copy(Path.of(ARTICLE_A), folder.resolve("a.txt"));
        Files.copy(Path.of(ARTICLE_B), folder.resolve("b.txt"));
        Path beside = Files.copy(project, folder.resolve("project.json"));

        int exit = cli.execute("analyze", "--out", beside.toString(), folder.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readAllBytes(beside)).isNotEqualTo(projectBytes);
    }

    @Test
    void analyzeOverTheProjectItKeepsDecisionsFromIsRefused() throws Exception {
        int exit = cli.execute("analyze", "--keep", project.toString(), "--out", project.toString(),
                ARTICLE_A, ARTICLE_B);

        assertRefused(exit, project + ": it is also an input of this command; write to another file");
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
    }

    @Test
    void exportToAPipeIsRefusedAndThePipeStays() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("report.html"));

        int exit = cli.execute("export", "--format", "html", "--out", fifo.toString(), project.toString());

        assertRefused(exit, fifo + ": not a regular file");
        assertThat(SpecialFiles.isSpecial(fifo)).isTrue();
    }

    @Test
    void analyzeToADeviceIsRefusedAndTheDeviceStays() throws Exception {
        Path device = SpecialFiles.nullDevice(dir.resolve("null"));

        int exit = cli.execute("analyze", "--out", device.toString(), ARTICLE_A, ARTICLE_B);

        assertRefused(exit, device + ": not a regular file");
        assertThat(SpecialFiles.isSpecial(device)).isTrue();
    }

    @Test
    void analyzeToTheRootFolderSaysItIsAFolder() {
        int exit = cli.execute("analyze", "--out", "/", ARTICLE_A, ARTICLE_B);

        assertRefused(exit, "/: this is a folder, not a file");
    }

    @Test
    void exportToAFolderNamesTheFolderNotATempFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("outdir"));

        int exit = cli.execute("export", "--format", "csv", "--out", folder.toString(), project.toString());

        assertRefused(exit, folder + ": this is a folder, not a file");
        assertThat(err.toString()).doesNotContain(".tmp");
    }

    @Test
    void exportToAValid250CharacterNameWorks() throws Exception {
        Path target = dir.resolve("r".repeat(245) + ".html");

        int exit = cli.execute("export", "--format", "html", "--out", target.toString(), project.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(target)).contains("<html");
    }

    @Test
    void exportOfDevZeroStopsAtTheSizeLimit() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));

        int exit = cli.execute("export", "--format", "md", link.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("reconcile: zero.json: the file is too large (more than 100 MB); "
                + "a project file may be at most 100 MB" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void analyzeReadsAnArticleFromAPipe() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("a.txt"));
        SpecialFiles.feed(fifo, Files.readAllBytes(Path.of(ARTICLE_A)));
        Path result = dir.resolve("new.json");

        int exit = cli.execute("analyze", "--out", result.toString(), fifo.toString(), ARTICLE_B);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(result, StandardCharsets.UTF_8)).contains("\"facts\"");
    }

    @Test
    @Timeout(60) // before the rule, writing the corpus into a pipe blocked for ever, waiting for a reader
    void benchWritesNoCorpusFileIntoAPipe() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path fifo = SpecialFiles.fifo(corpus.resolve("art_000.txt"));

        int exit = cli.execute("bench", "--write-corpus", corpus.toString(), "--size", "2");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(fifo + ": not a regular file");
        assertThat(SpecialFiles.isSpecial(fifo)).isTrue();
    }

    private void assertRefused(int exit, String whatAndWhy) {
        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("reconcile: cannot write " + whatAndWhy + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }
}
