package app.reconcile.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged {@code target/reconcile.jar} as a user runs it: headless subcommands work from a plain
 * {@code java -jar} and never load a JavaFX class. Runs in the integration-test phase, after packaging.
 */
class CliJarIT {

    private static final Path JAR = Path.of("target", "reconcile.jar");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return runWith(List.of("-verbose:class"), args);
    }

    private Run runWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return runJar(JAR, jvmOptions, args);
    }

    private Run runJar(Path jar, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Process p = start(jar, jvmOptions, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Process start(List<String> jvmOptions, String... args) throws IOException {
        return start(JAR, jvmOptions, args);
    }

    private Process start(Path jar, List<String> jvmOptions, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        return pb.start();
    }

    @Test
    void analyzeRunsInAC1OnlyChildThatGetsTheParentsJvmOptions() throws Exception {
        Run analyze = runWith(List.of("-XX:+PrintCommandLineFlags", "-Xmx700m"), "analyze", "--out",
                dir.resolve("p.json").toString(), "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out().lines().filter(l -> l.contains("-XX:TieredStopAtLevel=1")))
                .as("the child's flags").singleElement().asString().contains("-XX:MaxHeapSize=734003200");
        assertThat(dir.resolve("p.json")).isNotEmptyFile();
    }

    @Test
    void theChildMapsItsClassesFromTheArchiveThePackageStepBuilt() throws Exception {
        assertThat(Path.of("target", "reconcile.jsa")).as("written by the package step").isRegularFile();

        Run analyze = run("analyze", "--out", dir.resolve("p.json").toString(), "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).contains("app.reconcile.cli.AnalyzeCommand source: shared objects file (top)");
    }

    @Test
    void aStaleArchiveIsIgnoredWithoutAWordOnStdout() throws Exception {
        Path jar = Files.copy(JAR, dir.resolve("reconcile.jar"));
        Files.copy(Path.of("target", "reconcile.jsa"), dir.resolve("reconcile.jsa"));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(0));

        Run analyze = runJar(jar, List.of(), "analyze", "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).startsWith("{").doesNotContain("[warning]").doesNotContain("cds");
        assertThat(analyze.err()).doesNotContain("[warning]").doesNotContain("shared");
    }

    @Test
    void analyzeKeepRunsInTheChildWithItsOldProjectAndReportsWhatItKept() throws Exception {
        Path old = dir.resolve("old.json");
        assertThat(runWith(List.of(), "analyze", "--out", old.toString(), "seeds").exit()).isZero();
        String json = Files.readString(old, StandardCharsets.UTF_8);
        assertThat(json).contains("\"resolution\": null");
        Files.writeString(old, json.replaceFirst("\"resolution\": null", "\"resolution\": {\"status\": \"dismissed\"}"),
                StandardCharsets.UTF_8);
        Path fresh = dir.resolve("new.json");

        Run analyze = runWith(List.of("-XX:+PrintCommandLineFlags"), "analyze", "--keep", old.toString(), "--out",
                fresh.toString(), "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).as("the child's flags").contains("-XX:TieredStopAtLevel=1");
        assertThat(analyze.err()).contains("reconcile: kept 1 decision");
        assertThat(Files.readString(fresh, StandardCharsets.UTF_8)).contains("\"status\": \"dismissed\"");
    }

    @Test
    void withTheRelaunchTurnedOffAnalyzeRunsInOneJvmWithDefaultCompilers() throws Exception {
        Run analyze = runWith(List.of("-XX:+PrintCommandLineFlags", "-Dreconcile.relaunch=false"), "analyze",
                "--out", dir.resolve("p.json").toString(), "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).doesNotContain("TieredStopAtLevel");
        assertThat(dir.resolve("p.json")).isNotEmptyFile();
    }

    @Test
    void theChildsStdoutStderrAndExitCodeAreTheCommands() throws Exception {
        Run toStdout = runWith(List.of(), "analyze", "seeds");
        assertThat(toStdout.exit()).isZero();
        assertThat(toStdout.out()).startsWith("{").contains("\"reconcile-project\"");

        Path notAnArticle = dir.resolve("notes.docx");
        Files.writeString(notAnArticle, "x");
        Run bad = runWith(List.of(), "analyze", notAnArticle.toString(), "seeds");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).startsWith("reconcile: ").contains("notes.docx");
    }

    @Test
    void stoppingTheCommandStopsTheChildAndWritesNothing() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(runWith(List.of(), "bench", "--write-corpus", corpus.toString(), "--size", "200").exit())
                .isZero();
        Path project = dir.resolve("big.json");
        Process parent = start(List.of(), "analyze", "--out", project.toString(), corpus.toString());
        ProcessHandle child = awaitChild(parent);

        parent.destroy();

        assertThat(parent.waitFor(20, TimeUnit.SECONDS)).as("parent stopped").isTrue();
        assertThat(child.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("child stopped").isFalse();
        assertThat(project).doesNotExist();
    }

    private static ProcessHandle awaitChild(Process parent) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var child = parent.descendants().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(25); // polling the process table: there is no event for a child being born
        }
        throw new AssertionError("no child JVM within 5 s");
    }

    @Test
    void analyzeAndExportRunHeadlessWithoutLoadingJavaFx() throws Exception {
        Path project = dir.resolve("seeds.json");
        Run analyze = run("analyze", "--out", project.toString(), "seeds");
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).doesNotContain("javafx.");

        Path html = dir.resolve("report.html");
        Run export = run("export", "--format", "html", "--out", html.toString(), project.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).doesNotContain("javafx.");
        assertThat(Files.readString(html)).contains("<html");
    }

    @Test
    void badInputExitsNonZeroWithOneClearLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "not json at all");

        Run export = run("export", "--format", "md", bad.toString());

        assertThat(export.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(export.err().lines().filter(l -> l.startsWith("reconcile:")).count()).isEqualTo(1);
        assertThat(export.err()).contains("bad.json").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void seedsScoreOnTheDevGoldWhenPythonIsAvailable() throws Exception {
        assumeTrue(hasPython(), "python3 not installed");
        Path project = dir.resolve("seeds.json");
        assertThat(run("analyze", "--out", project.toString(), "seeds").exit()).isZero();

        Process p = new ProcessBuilder("python3", "src/test/resources/eval/score.py", project.toString(),
                "src/test/resources/eval/dev-gold.json", "--json").redirectErrorStream(true).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(json).isZero();

        assertThat(json).contains("\"traps_violated\": 0");
        assertThat(json).containsPattern("\"required\": (\\d+), \"required_found\": \\1,");
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
