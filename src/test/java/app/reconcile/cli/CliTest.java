package app.reconcile.cli;

import app.reconcile.core.Project;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.io.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless commands, run in-process against the real engine, io and report rooms. */
class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> opened = new ArrayList<>();
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(new Analyzer(), opened::add);
        cli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    }

    @Test
    void analyzeWritesAProjectWithEveryArticleAndFacts() throws Exception {
        Path project = dir.resolve("seeds.json");

        int exit = cli.execute("analyze", "--out", project.toString(), "seeds");

        assertThat(exit).as(err.toString()).isZero();
        Project loaded = new ProjectFiles().load(project);
        assertThat(loaded.articles()).hasSize(5);
        assertThat(loaded.facts()).anyMatch(f -> f.isConflict());
    }

    @Test
    void analyzeWithoutOutPrintsTheProjectJson() {
        int exit = cli.execute("analyze", "seeds/001_c95b9512b2da6070.txt", "seeds/004_6b0aa45bcce7e501.txt");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"format\"").contains("reconcile-project").contains("\"facts\"");
    }

    @Test
    void analyzeOfAMissingFileFailsWithOneLineAndNoStackTrace() {
        int exit = cli.execute("analyze", "--out", dir.resolve("x.json").toString(), dir.resolve("nope.txt").toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("reconcile: ").contains("nope.txt").doesNotContain("\tat ");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        Path project = dir.resolve("p.json");
        assertThat(cli.execute("analyze", "--out", project.toString(), "seeds")).isZero();

        for (String format : List.of("html", "md", "csv", "json", "tei")) {
            Path report = dir.resolve("report." + format);
            int exit = cli.execute("export", "--format", format, "--out", report.toString(), project.toString());
            assertThat(exit).as(format + ": " + err).isZero();
            assertThat(Files.readString(report, StandardCharsets.UTF_8)).as(format).isNotBlank();
        }
    }

    @Test
    void exportOfMalformedJsonFailsClearlyAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"reconcile-project\", \"articles\": [");
        Path report = dir.resolve("r.html");

        int exit = cli.execute("export", "--format", "html", "--out", report.toString(), bad.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("bad.json").doesNotContain("\tat ");
        assertThat(report).doesNotExist();
        assertThat(Files.readString(bad)).isEqualTo("{\"format\": \"reconcile-project\", \"articles\": [");
    }

    @Test
    void exportWithAnUnknownFormatIsAUsageError() throws Exception {
        int exit = cli.execute("export", "--format", "pdf", dir.resolve("p.json").toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown format 'pdf'");
    }

    @Test
    void benchRunsHeadlessAndPrintsOneRowPerSize() {
        int exit = cli.execute("bench", "--sizes", "2,5");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.matches("\\s*[25]\\s+\\d+.*"))).hasSize(2);
    }

    @Test
    void benchWritesASyntheticCorpusThatAnalyzeReads() throws Exception {
        Path corpus = dir.resolve("corpus");

        assertThat(cli.execute("bench", "--write-corpus", corpus.toString(), "--size", "4")).as(err.toString()).isZero();

        try (var files = Files.list(corpus)) {
            assertThat(files.count()).isEqualTo(4);
        }
        assertThat(cli.execute("analyze", "--out", dir.resolve("c.json").toString(), corpus.toString())).isZero();
    }

    @Test
    void openValidatesTheFileBeforeStartingTheGui() throws Exception {
        Path bad = dir.resolve("empty.json");
        Files.writeString(bad, "");

        assertThat(cli.execute("open", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(opened).isEmpty();

        Path good = dir.resolve("good.json");
        assertThat(cli.execute("analyze", "--out", good.toString(), "seeds")).isZero();
        assertThat(cli.execute("open", good.toString())).isZero();
        assertThat(opened).containsExactly(good.toAbsolutePath());
    }
}
