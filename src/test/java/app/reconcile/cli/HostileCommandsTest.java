package app.reconcile.cli;

import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, points 8, 9, 17 and 18 through the command line, as they were found: no hostile value makes a
 * command exit 70 (internal error); it is read, skipped or refused as bad input (exit 1) with one clear line.
 */
class HostileCommandsTest {
    @TempDir
    Path dir;

    private final CliRun run = new CliRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;
    private final Cli cli = run.cli;

    /** Point 8 (a 320-digit figure used to exit 70) and point 18 ("31 February 2025" became 2025-02-31). */
    @Test
    void analyzeReadsHugeFiguresAndImpossibleDatesWithoutFailing() throws Exception {
        Path a = write("a.txt", "Council vote\nThe council counted " + "9".repeat(320) + " votes on 31 February 2025.");
        Path b = write("b.txt", "Council vote\nThe council counted " + "8".repeat(320) + " votes on 28 February 2025.");
        Path project = dir.resolve("p.json");

        int exit = cli.execute("analyze", "--out", project.toString(), a.toString(), b.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(new ProjectFiles().load(project).facts()).flatMap(f -> f.mentions()).extracting(Mention::value)
                .doesNotContain("2025-02-31").noneMatch(v -> v.contains("Infinity"));
    }

    /** Points 9 and 17: files that used to load (and then fail an export with exit 70) are bad input now. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            decided-at-year-1000000000.json          | html | a decision time must lie in the years 1 to 9999
            decided-at-year-1000000000.json          | md   | a decision time must lie in the years 1 to 9999
            mention-start-splits-surrogate-pair.json | html | 'start' (14) falls inside the character U+1F600
            """)
    void exportRefusesAFileThatCouldNotBeShownAsBadInput(String fixture, String format, String reason) throws Exception {
        int exit = cli.execute("export", "--format", format, fixture(fixture).toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("reconcile: " + fixture + ": ").contains(reason).hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exportOfAFileWithAWholeEmojiInAMentionStillWorks() throws Exception {
        int exit = cli.execute("export", "--format", "html", fixture("mention-around-emoji.json").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("<mark>\uD83D\uDE00Four</mark>");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HostileCommandsTest.class.getResource("/hostile/" + name), name).toURI());
    }
}
