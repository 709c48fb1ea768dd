package app.reconcile.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 11: a corpus size out of range is a usage error (exit 2) that says the allowed range, before
 * any work; {@code --sizes -5} used to exit 70 and {@code --sizes 2147483647} to print an OutOfMemoryError.
 */
class BenchArgumentsTest {
    @TempDir
    Path dir;

    private final CliRun run = new CliRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;
    private final Cli cli = run.cli;

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "2001", "2147483647", "5,-1", "5,50,2147483647"})
    void anOutOfRangeSizeIsAUsageErrorNamingTheRange(String sizes) {
        int exit = cli.execute("bench", "--sizes", sizes);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--sizes: ").contains("must be from 1 to 2000 articles")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).doesNotContain("wall ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "2147483647"})
    void anOutOfRangeCorpusToWriteIsAUsageErrorAndWritesNothing(String size) throws Exception {
        Path corpus = dir.resolve("corpus");

        int exit = cli.execute("bench", "--write-corpus", corpus.toString(), "--size", size);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--size: ").contains("must be from 1 to 2000 articles");
        assertThat(Files.exists(corpus)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "5,,6", "99999999999"})
    void aSizeThatIsNoNumberIsAUsageErrorToo(String sizes) {
        assertThat(cli.execute("bench", "--sizes", sizes)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theHelpStatesTheRange() {
        cli.execute("bench", "--help");

        assertThat(out.toString().replaceAll("\\s+", " ")).contains("each from 1 to 2000 (default: 5,50,200,400)");
    }
}
