package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;
import app.reconcile.core.carry.DecisionCarrier;
import app.reconcile.io.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless commands, run in-process against the real engine, io and report rooms. */
class CliTest {

    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();
    private final CliRun run = new CliRun(opened::add);
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;
    private final Cli cli = run.cli;

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
    void analyzeExplainSaysForEachValueFactWhyItsMentionsWereLinked() throws Exception {
        int exit = cli.execute("analyze", "--explain", "--out", dir.resolve("p.json").toString(), "seeds");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("f1 conflict").contains("why: Linked by evidence (score ")
                .containsPattern("same counted thing: \\w+ \\(specificity [0-9.]+\\) \\+0\\.\\d\\d");
    }

    @Test
    void analyzeExplainPairSaysWhetherTwoValuesWereLinkedAndWhyWithoutWritingAProject() {
        int exit = cli.execute("analyze", "--explain-pair", "12", "twelve", "seeds");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"12\"").contains("\"twelve\"").contains("linked in one fact")
                .contains("score ").contains("clause ").contains("thing ");
    }

    @Test
    void analyzeExplainPairOfTextsThatAreNoValuesSaysSo() {
        int exit = cli.execute("analyze", "--explain-pair", "12", "no such value", "seeds");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("is not read as a value");
    }

    @Test
    void analyzeOfAMissingFileFailsWithOneLineAndNoStackTrace() {
        int exit = cli.execute("analyze", "--out", dir.resolve("x.json").toString(), dir.resolve("nope.txt").toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("reconcile: ").contains("nope.txt").doesNotContain("\tat ");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void analyzeKeepCarriesADecisionOntoTheFactCoveringTheSameTextAlthoughArticleIdsChanged() throws Exception {
        Path old = dir.resolve("old.json");
        assertThat(cli.execute("analyze", "--out", old.toString(), "seeds")).as(err.toString()).isZero();
        Fact decided = decideInJson(old, Comparator.comparing(Fact::id));
        Path fresh = dir.resolve("new.json");
        List<String> rotated = new ArrayList<>(seedFiles());
        Collections.rotate(rotated, -1); // the first seed last: every article gets another id

        int exit = cli.execute(args(List.of("analyze", "--keep", old.toString(), "--out", fresh.toString()), rotated));

        assertThat(exit).as(err.toString()).isZero();
        Project oldProject = new ProjectFiles().load(old);
        Project newProject = new ProjectFiles().load(fresh);
        Fact heir = newProject.facts().stream().filter(f -> f.resolution() != null).collect(onlyOne());
        assertThat(heir.resolution()).isEqualTo(decided.resolution());
        assertThat(places(newProject, heir)).containsAnyElementsOf(places(oldProject, decided));
        assertThat(err.toString()).contains("reconcile: kept 1 decision" + System.lineSeparator())
                .doesNotContain("could not carry");
    }

    @Test
    void analyzeKeepNamesEachDecisionItCouldNotCarryAndWhy() throws Exception {
        Path old = dir.resolve("old.json");
        assertThat(cli.execute("analyze", "--out", old.toString(), "seeds")).as(err.toString()).isZero();
        // the conflict stated by the fewest seeds, then analysed again without any of them
        Fact decided = decideInJson(old, Comparator.comparingInt((Fact f) -> f.articleIds().size()).thenComparing(Fact::id));
        Set<String> itsSources = sources(new ProjectFiles().load(old), decided);
        List<String> others = seedFiles().stream().filter(f -> !itsSources.contains(Path.of(f).getFileName().toString()))
                .toList();
        assertThat(others).isNotEmpty();
        Path fresh = dir.resolve("new.json");

        int exit = cli.execute(args(List.of("analyze", "--keep", old.toString(), "--out", fresh.toString()), others));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("reconcile: kept 0 decisions; could not carry 1:" + System.lineSeparator()
                + "  " + decided.label() + ": its articles are no longer in the project");
        assertThat(new ProjectFiles().load(fresh).facts()).allMatch(f -> f.resolution() == null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "truncated", "not a project"})
    void analyzeKeepWithABadOldProjectFailsClearlyAndWritesNothing(String problem) throws Exception {
        Path old = dir.resolve("old.json");
        switch (problem) {
            case "truncated" -> Files.writeString(old, "{\"format\": \"reconcile-project\", \"articles\": [");
            case "not a project" -> Files.writeString(old, "{\"format\": \"something-else\"}");
            default -> { }
        }
        Path fresh = dir.resolve("new.json");

        int withOut = cli.execute("analyze", "--keep", old.toString(), "--out", fresh.toString(), "seeds");
        int toStdout = cli.execute("analyze", "--keep", old.toString(), "seeds");

        assertThat(withOut).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(toStdout).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("reconcile: --keep old.json: ").doesNotContain("\tat ");
        assertThat(fresh).doesNotExist();
        assertThat(out.toString()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).allMatch(old::equals);
        }
    }

    @Test
    void theKeepSummaryListsLostDecisionsAndPickedValuesNoArticleStatesAnyMore() {
        Article a1 = new Article("a1", "1.txt", "One", "Four were hurt.");
        Article a2 = new Article("a2", "2.txt", "Two", "Two were hurt.");
        Article a3 = new Article("a3", "3.txt", "Three", "Two were hurt, police said.");
        Fact hurt = new Fact("f1", FactKind.NUMBER, "hurt", Verdict.CONFLICT, List.of(new Mention("a1", 0, 4, "Four", "4"),
                new Mention("a2", 0, 3, "Two", "2"), new Mention("a3", 0, 3, "Two", "2")));
        Fact pickedFour = hurt.withResolution(Resolution.choose(hurt.variants().stream()
                .filter(v -> v.value().equals("4")).findFirst().orElseThrow(), "", "ed", Instant.EPOCH));
        Fact were = new Fact("f2", FactKind.NUMBER, "", Verdict.CONFLICT, List.of(
                new Mention("a1", 5, 9, "were", "w"), new Mention("a2", 4, 8, "were", "v")))
                .withResolution(Resolution.dismiss("", "ed", Instant.EPOCH));
        // a1 removed: the two articles left agree on 2
        Project now = new Project(List.of(a2, a3), List.of(new Fact("f1", FactKind.NUMBER, "hurt", Verdict.AGREE,
                List.of(new Mention("a2", 0, 3, "Two", "2"), new Mention("a3", 0, 3, "Two", "2")))));
        StringWriter text = new StringWriter();

        AnalyzeCommand.report(new DecisionCarrier().carry(new Project(List.of(a1, a2, a3), List.of(pickedFour, were)), now),
                new PrintWriter(text));

        assertThat(text.toString().lines()).containsExactly(
                "reconcile: kept 1 decision; could not carry 1:",
                "  f2: only one of its articles is still in the project, so there is nothing to compare",
                "reconcile: kept, but no article states the chosen value any more:",
                "  hurt: \"Four\"");
    }

    private static List<String> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    private static String[] args(List<String> options, List<String> paths) {
        return Stream.concat(options.stream(), paths.stream()).toArray(String[]::new);
    }

    /**
     * Decides, by editing the JSON as any tool could, the first conflict in {@code order}: picks its first
     * mention's value. Returns the fact as the project file now holds it.
     */
    private static Fact decideInJson(Path project, Comparator<Fact> order) throws Exception {
        Fact conflict = new ProjectFiles().load(project).facts().stream().filter(Fact::isConflict).min(order)
                .orElseThrow();
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(project.toFile());
        for (JsonNode fact : root.get("facts")) {
            if (fact.get("id").asText().equals(conflict.id())) {
                JsonNode first = fact.get("mentions").get(0);
                ObjectNode resolution = ((ObjectNode) fact).putObject("resolution");
                resolution.put("status", "resolved").put("value", first.get("value").asText())
                        .put("display", first.get("text").asText()).put("custom", false)
                        .put("note", "the police statement").put("author", "desk")
                        .put("decidedAt", "2026-01-02T03:04:05Z");
            }
        }
        json.writeValue(project.toFile(), root);
        return new ProjectFiles().load(project).fact(conflict.id()).orElseThrow();
    }

    /** Where the fact's mentions are, by article file rather than article id: "001_x.txt@120-124". */
    private static Set<String> places(Project project, Fact fact) {
        Map<String, String> source = project.articles().stream().collect(Collectors.toMap(Article::id, Article::source));
        return fact.mentions().stream().map(m -> source.get(m.articleId()) + "@" + m.start() + "-" + m.end())
                .collect(Collectors.toSet());
    }

    private static Set<String> sources(Project project, Fact fact) {
        return places(project, fact).stream().map(p -> p.substring(0, p.indexOf('@'))).collect(Collectors.toSet());
    }

    private static java.util.stream.Collector<Fact, ?, Fact> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
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
    void benchTimesOneLinePairsByLength() {
        int exit = cli.execute("bench", "--one-line", "3000,6000");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.matches("\\s*(3000|6000)\\s+\\d+.*"))).hasSize(2);
    }

    @Test
    void benchWritesAOneLinePairThatAnalyzeReads() throws Exception {
        Path pair = dir.resolve("pair");

        assertThat(cli.execute("bench", "--write-one-line", pair.toString(), "--chars", "5000")).as(err.toString())
                .isZero();

        assertThat(Files.readString(pair.resolve("one-line-a.txt")).strip()).hasSizeBetween(5000, 5100)
                .doesNotContain("\n");
        assertThat(cli.execute("analyze", "--out", dir.resolve("p.json").toString(),
                pair.resolve("one-line-a.txt").toString(), pair.resolve("one-line-b.txt").toString())).isZero();
    }

    @Test
    void benchWritesAProjectThatExportReads() throws Exception {
        Path project = dir.resolve("large.json");

        assertThat(cli.execute("bench", "--write-project", project.toString(), "--articles", "20", "--facts", "300"))
                .as(err.toString()).isZero();

        assertThat(cli.execute("export", "--format", "html", "--out", dir.resolve("r.html").toString(),
                project.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("r.html"))).contains("id=\"fact-f300\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--one-line=0", "--one-line=6000000", "--chars=-1"})
    void benchRefusesLengthsOutsideWhatTheImporterTakes(String option) {
        String[] args = option.startsWith("--chars")
                ? new String[] {"bench", "--write-one-line", dir.resolve("x").toString(), option}
                : new String[] {"bench", option};

        assertThat(cli.execute(args)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("between 1 and");
    }

    @Test
    void openOnACorruptFileStillOpensTheWindowAndSaysSoOnStderrWithExitCode1() throws Exception {
        Path bad = dir.resolve("corrupt.json");
        Files.writeString(bad, "{\"format\": \"reconcile-project\", \"articles\": [ {\"id\": \"a1\"");

        assertThat(cli.execute("open", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(opened).as("the window opens to show the problem").containsExactly(bad.toAbsolutePath());
        assertThat(err.toString()).startsWith("reconcile: corrupt.json: ").hasLineCount(1);
        opened.clear();

        Path good = dir.resolve("good.json");
        assertThat(cli.execute("analyze", "--out", good.toString(), "seeds")).isZero();
        assertThat(cli.execute("open", good.toString())).isZero();
        assertThat(opened).containsExactly(good.toAbsolutePath());
    }
}
