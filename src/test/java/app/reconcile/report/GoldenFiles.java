package app.reconcile.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares rendered text with a golden file in src/test/resources/report/golden. Run the tests with
 * {@code -Dreport.updateGolden=true} to rewrite the goldens after an intended change, then review the diff.
 */
final class GoldenFiles {
    static final Path DIR = Path.of("src", "test", "resources", "report", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("report.updateGolden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (create it with -Dreport.updateGolden=true)", golden).exists();
        assertThat(actual).as("rendering differs from %s; if intended, rerun with -Dreport.updateGolden=true", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
