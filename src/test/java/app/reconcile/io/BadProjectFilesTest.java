package app.reconcile.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fixture under io/bad is refused with a one-line message that names the file, and nothing on disk changes. */
class BadProjectFilesTest {
    private static final String FIXTURES = """
            not-json.json|                  line 1, column 1: not valid JSON: Unrecognized token 'This'
            truncated.json|                 line 36, column 25: the file ends in the middle of the JSON (truncated?)
            empty.json|                     the file is empty
            whitespace-only.json|           the file is empty
            binary.json|                    the file is binary, not JSON text
            trailing-garbage.json|          line 77, column 1: not valid JSON
            duplicate-key.json|             line 7, column 11: not valid JSON: Duplicate field 'id'
            top-level-array.json|           expected a JSON object at the top, found a list
            top-level-string.json|          expected a JSON object at the top, found text
            missing-format.json|            not a Reconcile project ('format' is missing
            wrong-format.json|              not a Reconcile project ('format' is text "word-document"
            newer-version.json|             made by a newer Reconcile (format version 2); this version reads up to 1
            version-as-text.json|           'version' must be a whole number, found text "1"
            missing-articles.json|          'articles' is missing
            articles-not-a-list.json|       'articles' must be a list, found an object
            article-not-an-object.json|     article 3: expected an object, found text "a3"
            article-missing-id.json|        article 2: 'id' is missing
            article-missing-text.json|      article a2: 'text' is missing
            article-text-is-a-number.json|  article a2: 'text' must be text, found the number 42
            duplicate-article-ids.json|     article a1: the id 'a1' is used by two articles
            facts-not-a-list.json|          'facts' must be a list, found text "none"
            fact-missing-id.json|           fact 2: 'id' is missing
            fact-missing-mentions.json|     fact f2: 'mentions' is missing
            duplicate-fact-ids.json|        fact f1: the id 'f1' is used by two facts
            unknown-kind.json|              fact f1: 'kind' is "WEATHER"; expected one of NUMBER, PERCENT
            lower-case-kind.json|           fact f1: 'kind' is "number"
            unknown-verdict.json|           fact f1: 'verdict' is "maybe"; expected one of "conflict", "compatible", "agree"
            unknown-status.json|            fact f1, resolution: 'status' is "accepted"; expected "resolved" or "dismissed"
            resolved-without-value.json|    fact f1, resolution: a resolved fact needs a 'value'
            decided-at-not-iso.json|        fact f1, resolution: 'decidedAt' is "7 August 2025", not an ISO-8601 time
            custom-not-boolean.json|        fact f1, resolution: 'custom' must be true or false, found text "no"
            mention-start-as-text.json|     fact f1, mention 2: 'start' must be a whole number, found text "14"
            mention-start-fractional.json|  fact f1, mention 2: 'start' must be a whole number, found the number 14.5
            mention-negative-start.json|    fact f1, mention 2: 'start' is -1; offsets cannot be negative
            mention-end-before-start.json|  fact f1, mention 2: 'end' (14) is before 'start' (19)
            mention-end-past-text.json|     fact f1, mention 2: 'end' (500) is past the end of the text of article a2 (52 characters)
            mention-text-mismatch.json|     fact f1, mention 2: 'text' is "Four" but the article has "Three" at [14, 19)
            mention-unknown-article.json|   fact f1, mention 2: 'articleId' is 'a7', but there is no article with that id
            mention-missing-text.json|      fact f1, mention 2: 'text' is missing
            """;

    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = FIXTURES)
    void aBadFileIsRefusedWithAMessageNamingTheFileAndTheProblem(String fixture, String expected) throws Exception {
        Path file = copyFixture(fixture);

        assertThatThrownBy(() -> files.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith(fixture + ": ")
                .hasMessageContaining(expected)
                .message().doesNotContain("\n", "Exception", "at [Source");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = FIXTURES)
    void loadingABadFileChangesNothingOnDisk(String fixture, String ignored) throws Exception {
        Path file = copyFixture(fixture);
        FileTime modified = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(file, modified);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.load(file)).isInstanceOf(ProjectFileException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(listing()).containsExactly(file);
    }

    @Test
    void everyFixtureInTheFolderIsInTheTable() throws Exception {
        List<String> inTable = FIXTURES.lines().map(l -> l.substring(0, l.indexOf('|')).strip()).toList();
        try (Stream<Path> fixtures = Files.list(fixtureDir())) {
            assertThat(fixtures.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(inTable);
        }
    }

    @Test
    void aFileOverOneHundredMegabytesIsRefusedBySizeBeforeParsing() throws Exception {
        Path huge = dir.resolve("huge.reconcile.json");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(ProjectFiles.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> files.load(huge))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("huge.reconcile.json: the file is too large (104,857,601 bytes); a project file may be at most 100 MB");
    }

    @Test
    void aMissingFileIsReportedAsNotFound() {
        assertThatThrownBy(() -> files.load(dir.resolve("gone.json")))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("gone.json: file not found");
        assertThat(dir.resolve("gone.json")).doesNotExist();
    }

    @Test
    void aFolderIsNotAProjectFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("project.json"));

        assertThatThrownBy(() -> files.load(folder)).hasMessage("project.json: is a folder, not a project file");
    }

    private Path copyFixture(String name) throws IOException, URISyntaxException {
        return Files.copy(fixtureDir().resolve(name), dir.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static Path fixtureDir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BadProjectFilesTest.class.getResource("/io/bad")).toURI());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }
}
