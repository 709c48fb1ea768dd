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
    void analyzeRunsInThisOneJvmWithTheUsersOptions() throws Exception {
        Run analyze = runWith(List.of("-XX:+PrintCommandLineFlags", "-Xmx700m"), "analyze", "--out",
                dir.resolve("p.json").toString(), "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out().lines().filter(l -> l.contains("-XX:MaxHeapSize=")))
                .as("one JVM's flags").singleElement().asString().contains("-XX:MaxHeapSize=734003200")
                .doesNotContain("TieredStopAtLevel");
        assertThat(dir.resolve("p.json")).isNotEmptyFile();
    }

    @Test
    void analyzeKeepCarriesTheOldProjectsDecisionsAndReportsWhatItKept() throws Exception {
        Path old = dir.resolve("old.json");
        assertThat(runWith(List.of(), "analyze", "--out", old.toString(), "seeds").exit()).isZero();
        String json = Files.readString(old, StandardCharsets.UTF_8);
        assertThat(json).contains("\"resolution\": null");
        Files.writeString(old, json.replaceFirst("\"resolution\": null", "\"resolution\": {\"status\": \"dismissed\"}"),
                StandardCharsets.UTF_8);
        Path fresh = dir.resolve("new.json");

        Run analyze = runWith(List.of(), "analyze", "--keep", old.toString(), "--out", fresh.toString(), "seeds");

        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.err()).contains("reconcile: kept 1 decision");
        assertThat(Files.readString(fresh, StandardCharsets.UTF_8)).contains("\"status\": \"dismissed\"");
    }

    @Test
    void analyzeWritesTheProjectToStdoutAndRefusesAFileItCannotRead() throws Exception {
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
    void killingAnalyzeLeavesNothingRunningAndTheOldOutputIntact() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(runWith(List.of(), "bench", "--write-corpus", corpus.toString(), "--size", "400").exit())
                .isZero();
        Path project = dir.resolve("project.json");
        assertThat(runWith(List.of(), "analyze", "--out", project.toString(), "seeds").exit()).isZero();
        byte[] before = Files.readAllBytes(project);
        Process analyze = start(List.of(), "analyze", "--out", project.toString(), corpus.toString());
        Thread.sleep(1500); // well into reading and aligning 400 articles, which takes several seconds here

        assertThat(analyze.isAlive()).as("still analysing: a kill must land mid-run").isTrue();
        assertThat(analyze.descendants().count()).as("processes started by analyze").isZero();
        analyze.destroyForcibly(); // SIGKILL: no shutdown hook runs

        assertThat(analyze.waitFor(20, TimeUnit.SECONDS)).as("analyze stopped").isTrue();
        assertThat(analyze.descendants().filter(ProcessHandle::isAlive).count()).isZero();
        Thread.sleep(1500); // a process left behind would write the project about now
        assertThat(Files.readAllBytes(project)).as("the old project, untouched").isEqualTo(before);
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
