package app.reconcile.io;

import app.reconcile.core.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, points 9 and 17: project files from {@code src/test/resources/hostile} that used to load and then
 * break later (an export exiting 70, a mention that cuts a character in half) are refused by the reader,
 * with a message that says what is wrong; their harmless neighbours still load.
 */
class HostileProjectFilesTest {
    private final ProjectFiles files = new ProjectFiles();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
            decided-at-year-1000000000.json|          fact f1, resolution: 'decidedAt' is "+1000000000-01-01T00:00:00Z"; a decision time must lie in the years 1 to 9999
            decided-at-year-10000.json|               fact f1, resolution: 'decidedAt' is "+10000-01-01T00:00:00Z"; a decision time must lie in the years 1 to 9999
            decided-at-year-minus-1.json|             fact f1, resolution: 'decidedAt' is "-0001-01-01T00:00:00Z"; a decision time must lie in the years 1 to 9999
            mention-start-splits-surrogate-pair.json| fact f1, mention 1: 'start' (14) falls inside the character U+1F600 at [13, 15) of article a1
            mention-end-splits-surrogate-pair.json|   fact f1, mention 1: 'end' (14) falls inside the character U+1F600 at [13, 15) of article a1
            """)
    void aFileThatWouldBreakLaterIsRefusedNow(String fixture, String expected) throws Exception {
        Path file = fixture(fixture);

        assertThatThrownBy(() -> files.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(fixture + ": " + expected);
    }

    @Test
    void aMentionAroundAWholeEmojiStillLoads() throws Exception {
        Project project = files.load(fixture("mention-around-emoji.json"));

        assertThat(project.facts().get(0).mentions().get(0).text()).isEqualTo("\uD83D\uDE00Four");
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HostileProjectFilesTest.class.getResource("/hostile/" + name), name).toURI());
    }
}
