package app.reconcile.io;

import app.reconcile.core.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Kills a JVM that is saving a few-MB project over and over at a random instant, many times, and checks that
 * the file always loads as one of the two complete versions. This exercises the temp-file-and-rename path
 * against process death; it cannot simulate a power cut (the OS page cache survives a killed process).
 */
class SaveCrashTest {
    /** 30 by default; {@code -Dreconcile.crashRuns=200} for a longer soak. */
    private static final int RUNS = Integer.getInteger("reconcile.crashRuns", 30);
    private static final int PROJECT_BYTES = 2_000_000;
    private static final int MAX_DELAY_MS = 150;

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyInstantLeavesTheOldOrTheNewFileNeverADamagedOne() throws Exception {
        Project versionA = SampleProjects.large(PROJECT_BYTES, 0);
        Project versionB = SampleProjects.large(PROJECT_BYTES, 1);
        ProjectFiles files = new ProjectFiles();
        Random random = new Random(20250807);
        int killedWhileRunning = 0;
        int foundA = 0;
        int foundB = 0;
        int killedMidWrite = 0;
        long started = System.nanoTime();

        for (int run = 0; run < RUNS; run++) {
            Path runDir = Files.createDirectory(dir.resolve("run" + run));
            Path file = runDir.resolve("project.reconcile.json");
            Process child = startSaver(file);
            awaitReady(child);
            if (child.waitFor(random.nextInt(MAX_DELAY_MS), TimeUnit.MILLISECONDS)) {
                fail("the saver exited by itself with code " + child.exitValue());
            }
            killedWhileRunning++;
            child.destroyForcibly().waitFor();

            Project loaded = files.load(file);
            if (loaded.equals(versionA)) {
                foundA++;
            } else if (loaded.equals(versionB)) {
                foundB++;
            } else {
                fail("run " + run + ": the file loads but is neither version");
            }
            killedMidWrite += tempFiles(runDir).isEmpty() ? 0 : 1;
        }

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("SaveCrashTest: runs=%d kills=%d killed mid-write=%d damaged=0 version A/B=%d/%d (%d s)%n",
                RUNS, killedWhileRunning, killedMidWrite, foundA, foundB, seconds);
        assertThat(foundA + foundB).isEqualTo(RUNS);
        assertThat(foundB).as("some kills must land after a second save").isPositive();
        assertThat(killedMidWrite).as("some kills must land in the middle of a write").isPositive();
    }

    private Process startSaver(Path file) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashingSaver.class.getName(),
                file.toString(), Integer.toString(PROJECT_BYTES)));
        return new ProcessBuilder(command).redirectError(dir.resolve("saver.err").toFile()).start();
    }

    private void awaitReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            child.destroyForcibly().waitFor();
            fail("the saver did not start: " + Files.readString(dir.resolve("saver.err")));
        }
    }

    /** A temp file left behind means the kill landed between creating it and renaming it. */
    private static List<Path> tempFiles(Path runDir) throws Exception {
        try (Stream<Path> entries = Files.list(runDir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
