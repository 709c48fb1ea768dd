package app.reconcile.cli;

import app.reconcile.cli.C1Relaunch.StartedAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class C1RelaunchTest {

    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";
    private static final List<String> ARGS = List.of("analyze", "--out", "p.json", "seeds");

    private static StartedAs jarLaunch(List<String> jvmOptions, String jar) {
        List<String> processArgs = new ArrayList<>(jvmOptions);
        processArgs.add("-jar");
        processArgs.add(jar);
        processArgs.addAll(ARGS);
        return new StartedAs(JAVA, processArgs, jar + " " + String.join(" ", ARGS), HOTSPOT, null, false,
                Path.of(jar), null);
    }

    @Test
    void aJarLaunchIsRepeatedWithTheSameOptionsPlusC1OnlyAndTheChildMarker() {
        StartedAs parent = jarLaunch(List.of("-Xmx2g", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dfile.encoding=UTF-8"), "target/reconcile.jar");

        assertThat(C1Relaunch.childCommand(parent, ARGS)).contains(List.of(JAVA,
                C1Relaunch.C1_ONLY, C1Relaunch.CHILD_MARKER,
                "-Xmx2g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-jar", Path.of("target/reconcile.jar").toAbsolutePath().toString(),
                "analyze", "--out", "p.json", "seeds"));
    }

    @Test
    void aJarPathWithSpacesIsKeptWhole() {
        StartedAs parent = jarLaunch(List.of(), "/home/ed/My Tools/reconcile.jar");

        assertThat(C1Relaunch.childCommand(parent, ARGS)).hasValueSatisfying(command ->
                assertThat(command).containsSubsequence("-jar",
                        Path.of("/home/ed/My Tools/reconcile.jar").toAbsolutePath().toString(), "analyze"));
    }

    @Test
    void theClassDataArchiveBuiltWithTheJarIsMappedQuietlyByItsAbsolutePath() {
        StartedAs parent = withArchive(jarLaunch(List.of("-Xmx1g"), "target/reconcile.jar"), "target/reconcile.jsa");

        assertThat(C1Relaunch.childCommand(parent, ARGS)).hasValueSatisfying(command -> assertThat(command)
                .containsSubsequence(C1Relaunch.C1_ONLY,
                        "-XX:SharedArchiveFile=" + Path.of("target/reconcile.jsa").toAbsolutePath(),
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", C1Relaunch.CHILD_MARKER, "-Xmx1g", "-jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xshare:off", "-XX:SharedArchiveFile=/tmp/mine.jsa", "-XX:ArchiveClassesAtExit=x.jsa"})
    void aClassSharingSettingOfTheUsersOwnKeepsTheArchiveOutButStillRelaunches(String option) {
        StartedAs parent = withArchive(jarLaunch(List.of(option), "target/reconcile.jar"), "target/reconcile.jsa");

        assertThat(C1Relaunch.childCommand(parent, ARGS)).hasValueSatisfying(command -> assertThat(command)
                .contains(C1Relaunch.C1_ONLY, option)
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile=") && !o.equals(option)));
    }

    private static StartedAs withArchive(StartedAs s, String archive) {
        return new StartedAs(s.javaCommand(), s.processArgs(), s.javaCommandProperty(), s.vmName(),
                s.relaunchProperty(), s.isChild(), s.ownJar(), Path.of(archive));
    }

    @Test
    void theChildNeverRelaunchesAgain() {
        StartedAs child = withChild(jarLaunch(List.of(), "reconcile.jar"));

        assertThat(C1Relaunch.childCommand(child, ARGS)).isEmpty();
    }

    @Test
    void theUserCanTurnItOff() {
        StartedAs parent = jarLaunch(List.of("-Dreconcile.relaunch=false"), "reconcile.jar");
        StartedAs off = new StartedAs(parent.javaCommand(), parent.processArgs(), parent.javaCommandProperty(),
                parent.vmName(), "false", false, parent.ownJar(), null);

        assertThat(C1Relaunch.childCommand(off, ARGS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint", "-Xcomp",
            "-XX:CompilationMode=high-only"})
    void aCompilerSettingOfTheUsersOwnIsRespected(String option) {
        StartedAs parent = jarLaunch(List.of("-Xmx1g", option), "reconcile.jar");

        assertThat(C1Relaunch.childCommand(parent, ARGS)).isEmpty();
    }

    @Test
    void aCompilerSettingInTheEnvironmentIsRespectedToo() {
        StartedAs parent = jarLaunch(List.of(), "reconcile.jar");
        StartedAs withEnvironment = new StartedAs(JAVA, parent.processArgs(), parent.javaCommandProperty(), HOTSPOT,
                null, false, parent.ownJar(), null, List.of("-Xmx1g", "-XX:TieredStopAtLevel=4"));

        assertThat(C1Relaunch.childCommand(withEnvironment, ARGS)).isEmpty();
    }

    @Test
    void aMainClassLaunchRunsInPlace() {
        StartedAs mavenOrIde = new StartedAs(JAVA, List.of("-cp", "target/classes:lib/x.jar",
                "app.reconcile.Launcher", "analyze", "seeds"), "app.reconcile.Launcher analyze seeds", HOTSPOT,
                null, false, null, null);

        assertThat(C1Relaunch.childCommand(mavenOrIde, ARGS)).isEmpty();
    }

    @Test
    void aJarFlagThatIsNotHowThisProcessStartedRunsInPlace() {
        StartedAs odd = new StartedAs(JAVA, List.of("-cp", "a.jar", "Main", "-jar", "other.jar"),
                "Main -jar other.jar", HOTSPOT, null, false, Path.of("other.jar"), null);

        assertThat(C1Relaunch.childCommand(odd, ARGS)).isEmpty();
    }

    @Test
    void aVmOtherThanHotSpotRunsInPlace() {
        StartedAs parent = jarLaunch(List.of(), "reconcile.jar");
        StartedAs openJ9 = new StartedAs(JAVA, parent.processArgs(), parent.javaCommandProperty(),
                "Eclipse OpenJ9 VM", null, false, parent.ownJar(), null);

        assertThat(C1Relaunch.childCommand(openJ9, ARGS)).isEmpty();
    }

    @Test
    void anotherAppsJarThatCallsTheLauncherRunsInPlace() {
        StartedAs parent = jarLaunch(List.of(), "/tmp/surefire/surefirebooter.jar");
        StartedAs testRunner = new StartedAs(JAVA, parent.processArgs(), parent.javaCommandProperty(),
                HOTSPOT, null, false, Path.of("target/reconcile.jar"), null);

        assertThat(C1Relaunch.childCommand(testRunner, ARGS)).isEmpty();
    }

    @Test
    void aRelativeAndAnAbsolutePathToTheOwnJarAreTheSameJar() {
        StartedAs parent = jarLaunch(List.of(), "target/reconcile.jar");
        StartedAs absolute = new StartedAs(JAVA, parent.processArgs(), parent.javaCommandProperty(), HOTSPOT,
                null, false, Path.of("target/reconcile.jar").toAbsolutePath(), null);

        assertThat(C1Relaunch.childCommand(absolute, ARGS)).isPresent();
    }

    @Test
    void commandsOtherThanAnalyzeNeverReadTheCommandLine() {
        assertThat(C1Relaunch.runInChildIfWorthIt(new String[]{"export", "--format", "md", "p.json"})).isEmpty();
        assertThat(C1Relaunch.runInChildIfWorthIt(new String[0])).isEmpty();
    }

    private static StartedAs withChild(StartedAs s) {
        return new StartedAs(s.javaCommand(), s.processArgs(), s.javaCommandProperty(), s.vmName(),
                s.relaunchProperty(), true, s.ownJar(), s.classDataArchive());
    }
}
