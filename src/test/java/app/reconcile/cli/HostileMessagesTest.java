package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.MessageText;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;
import app.reconcile.core.carry.DecisionCarrier;
import app.reconcile.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 12: file names, project strings and arguments are echoed escaped, shortened and on one
 * line, so no line break or terminal escape sequence (clear screen, set title) reaches the terminal and no
 * message is two megabytes long.
 */
class HostileMessagesTest {
    private static final String CLEAR_SCREEN = "\u001b[2J\u001b[H";
    private static final String SET_TITLE = "\u001b]0;pwned\u0007";
    /** A fair bound for one message line: the quoted pieces are bounded, the whole line too. */
    private static final int LONGEST_LINE = MessageText.LINE_LIMIT + 40;

    @TempDir
    Path dir;

    private final CliRun run = new CliRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;
    private final Cli cli = run.cli;

    @Test
    void aFileNameWithEscapesAndLineBreaksIsEchoedEscapedOnOneLine() throws Exception {
        Path bad = dir.resolve("p" + CLEAR_SCREEN + "\nfake: ok" + SET_TITLE + ".json");
        Files.writeString(bad, "{ not json", StandardCharsets.UTF_8);

        int exit = cli.execute("export", "--format", "html", bad.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertSafe(err.toString());
        assertThat(err.toString()).startsWith("reconcile: p\\u001B[2J\\u001B[H\\nfake: ok\\u001B]0;pwned\\u0007.json: ")
                .hasLineCount(1);
    }

    @Test
    void aMissingArticleNamedWithEscapesIsEchoedEscaped() {
        int exit = cli.execute("analyze", dir.resolve("gone" + CLEAR_SCREEN + ".txt").toString(), "seeds");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertSafe(err.toString());
        assertThat(err.toString()).contains("gone\\u001B[2J\\u001B[H.txt");
    }

    /** The case that printed a 2 MB line: a mention whose text does not match, both quoted in the message. */
    @Test
    void aHugeMismatchedMentionIsQuotedShortly() throws Exception {
        String text = "Four" + " and more words\n".repeat(140_000);
        Article a1 = new Article("a1", "a.txt", "A", text);
        Article a2 = new Article("a2", "b.txt", "B", "Two");
        Project project = new Project(List.of(a1, a2), List.of(new Fact("f1", FactKind.NUMBER, "n", Verdict.CONFLICT,
                List.of(new Mention("a1", 0, text.length(), text, "4"), new Mention("a2", 0, 3, "Two", "2")))));
        Path file = dir.resolve("big.json");
        new ProjectFiles().save(project, file);
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"text\": \"Four and more", "\"text\": \"Five and more"));

        int exit = cli.execute("export", "--format", "md", file.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertSafe(err.toString());
        // the article's text was edited: the mention no longer matches it
        assertThat(err.toString()).startsWith("reconcile: big.json: fact f1, mention 1: 'text' is \"Four and more")
                .contains("\" but the article has \"Five and more").contains("\" at [0, " + text.length() + ")");
    }

    @Test
    void projectStringsInAnErrorAreEscaped() throws Exception {
        Path file = dir.resolve("ids.json");
        Files.writeString(file, """
                {"format": "reconcile-project", "version": 1,
                 "articles": [{"id": "a1\\u001b[2J", "text": "x"}, {"id": "a1\\u001b[2J", "text": "y"}]}
                """);

        assertThat(cli.execute("export", "--format", "csv", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertSafe(err.toString());
        assertThat(err.toString()).contains("the id 'a1\\u001B[2J' is used by two articles");
    }

    @Test
    void anUnknownOptionOrFormatIsEchoedEscaped() {
        assertThat(cli.execute("bench", "--" + CLEAR_SCREEN)).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.execute("export", "--format", SET_TITLE, "p.json")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.execute("bench", "--sizes", "5" + CLEAR_SCREEN)).isEqualTo(ExitCodes.USAGE);

        assertSafe(err.toString());
        assertThat(err.toString()).contains("--\\u001B[2J\\u001B[H").contains("\\u001B]0;pwned\\u0007");
    }

    @Test
    void theOutputPathOfAnExportIsEchoedEscaped() throws Exception {
        Path project = dir.resolve("p.json");
        new ProjectFiles().save(new Project(List.of(new Article("a1", "1.txt", "One", "Four were hurt."),
                new Article("a2", "2.txt", "Two", "Two were hurt.")), List.of()), project);

        int exit = cli.execute("export", "--format", "md", "--out", dir.resolve("r" + SET_TITLE + ".md").toString(),
                project.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertSafe(err.toString());
        assertThat(err.toString()).contains("r\\u001B]0;pwned\\u0007.md");
    }

    @Test
    void decisionsThatCouldNotBeKeptAreListedWithSafeLabels() {
        String label = "hurt" + CLEAR_SCREEN + "\n" + "x".repeat(5_000);
        Article a1 = new Article("a1", "1.txt", "One", "Four were hurt.");
        Article a2 = new Article("a2", "2.txt", "Two", "Two were hurt.");
        Fact hurt = new Fact("f1", FactKind.NUMBER, label, Verdict.CONFLICT, List.of(
                new Mention("a1", 0, 4, "Four", "4"), new Mention("a2", 0, 3, "Two", "2")))
                .withResolution(Resolution.custom("5" + SET_TITLE, "", "ed", Instant.EPOCH));
        StringWriter text = new StringWriter();

        AnalyzeCommand.report(new DecisionCarrier().carry(new Project(List.of(a1, a2), List.of(hurt)),
                new Project(List.of(a2), List.of())), new PrintWriter(text));

        assertSafe(text.toString());
        assertThat(text.toString().lines()).hasSize(2)
                .element(1).asString().startsWith("  hurt\\u001B[2J\\u001B[H\\nxxx").contains("xxx: ");
    }

    /** No control character but the line ends, and no line longer than a message may be. */
    private static void assertSafe(String output) {
        assertThat(output.chars().filter(c -> Character.isISOControl(c) && c != '\n')).as(output).isEmpty();
        assertThat(output.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(LONGEST_LINE));
    }
}
