package app.reconcile.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code analyze} in a second JVM that compiles with C1 only ({@code -XX:TieredStopAtLevel=1}).
 *
 * <p>Why: {@code analyze} is a short run, a few seconds at most, and on a small machine HotSpot's optimising
 * compiler (C2) costs more than it saves. On the 2-core machine of docs/performance.md a cold 100-article run
 * spends 2.2–2.5 s of CPU compiling about 220 methods with C2, on the core the analysis would otherwise
 * have had to itself; with C1 only the same run takes 13 % less wall time on the seeds and 30 % less on 100
 * and 200 articles, with byte-identical output. A JVM flag cannot be set from a jar's manifest, hence the second JVM;
 * starting it costs 0.12–0.15 s.
 *
 * <p>When the build left a class-data archive beside the jar ({@code reconcile.jsa}, written by the package
 * step from a run on the seeds), the child maps the classes from it instead of loading and verifying them from
 * the 29 MB jar: another 0.1–0.2 s.
 *
 * <p>The child gets the same {@code java} executable, every JVM option the parent was started with (they
 * come before {@code -jar} on the command line; {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS} reach
 * it through the inherited environment), the same arguments, and the parent's stdin, stdout and stderr. Its
 * exit code becomes the parent's. A parent stopped by a signal stops the child first.
 *
 * <p>No relaunch, and the command runs in this JVM as before, when: the command is not {@code analyze}; the
 * app was not started with {@code java -jar} (Maven, an IDE, tests); the JVM is not HotSpot; the user chose
 * a compiler setting of their own (on the command line or in {@code JDK_JAVA_OPTIONS} or
 * {@code JAVA_TOOL_OPTIONS}); {@code -Dreconcile.relaunch=false} is given; this already is the child;
 * or the process's own command line cannot be read.
 */
public final class C1Relaunch {

    static final String CHILD_MARKER = "-Dreconcile.relaunched=true";
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** 128 + SIGTERM, as a shell reports a process stopped by it. */
    private static final int SHUT_DOWN_BEFORE_START = 143;
    private static final List<String> COMPILER_OPTIONS =
            List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-XX:+TieredCompilation", "-Xint",
                    "-Xcomp", "-XX:CompilationMode");

    private static final List<String> SHARING_OPTIONS = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList");
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private C1Relaunch() {
    }

    /**
     * What this process knows about how it was started.
     *
     * @param javaCommand   the executable, from {@link ProcessHandle.Info#command()}
     * @param processArgs   everything after the executable on its command line ({@link ProcessHandle.Info#arguments()})
     * @param javaCommandProperty the {@code sun.java.command} property: the jar (or main class), then the arguments
     * @param vmName        the {@code java.vm.name} property
     * @param relaunchProperty the {@code reconcile.relaunch} property, or null
     * @param isChild       whether the {@code reconcile.relaunched} property is set
     * @param ownJar        the jar this class was loaded from, or null when it came from a folder
     * @param classDataArchive the class-data archive built with that jar ("reconcile.jsa" beside
     *                      "reconcile.jar"), or null when there is none
     * @param environmentOptions the JVM options of {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS}, which
     *                      the child inherits and which are not on the command line
     */
    record StartedAs(String javaCommand, List<String> processArgs, String javaCommandProperty, String vmName,
                     String relaunchProperty, boolean isChild, Path ownJar, Path classDataArchive,
                     List<String> environmentOptions) {

        StartedAs(String javaCommand, List<String> processArgs, String javaCommandProperty, String vmName,
                  String relaunchProperty, boolean isChild, Path ownJar, Path classDataArchive) {
            this(javaCommand, processArgs, javaCommandProperty, vmName, relaunchProperty, isChild, ownJar,
                    classDataArchive, List.of());
        }

        static Optional<StartedAs> current() {
            ProcessHandle.Info info = ProcessHandle.current().info();
            Optional<String> command = info.command();
            Optional<String[]> args = info.arguments();
            if (command.isEmpty() || args.isEmpty()) {
                return Optional.empty();
            }
            Path jar = jarOfThisClass();
            return Optional.of(new StartedAs(command.get(), List.of(args.get()),
                    System.getProperty("sun.java.command", ""), System.getProperty("java.vm.name", ""),
                    System.getProperty("reconcile.relaunch"), System.getProperty("reconcile.relaunched") != null,
                    jar, archiveBeside(jar), optionsFromEnvironment()));
        }

        private static List<String> optionsFromEnvironment() {
            List<String> out = new ArrayList<>();
            for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
                String value = System.getenv(variable);
                if (value != null && !value.isBlank()) {
                    out.addAll(List.of(value.strip().split("\\s+")));
                }
            }
            return out;
        }

        private static Path archiveBeside(Path jar) {
            if (jar == null) {
                return null;
            }
            String name = jar.getFileName().toString();
            Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
            return Files.isRegularFile(archive) ? archive : null;
        }

        private static Path jarOfThisClass() {
            try {
                Path location = Path.of(C1Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * Relaunches {@code analyze} as described above and returns the child's exit code, or returns empty
     * (having started nothing) when the command should run in this JVM.
     */
    public static Optional<Integer> runInChildIfWorthIt(String[] args) {
        if (args.length == 0 || !"analyze".equals(args[0])) {
            return Optional.empty(); // decided before reading the command line: costs nothing for other commands
        }
        return StartedAs.current()
                .flatMap(startedAs -> childCommand(startedAs, List.of(args)))
                .flatMap(C1Relaunch::run);
    }

    /** The child's command line, or empty when the command should run in this JVM. */
    static Optional<List<String>> childCommand(StartedAs startedAs, List<String> args) {
        if (startedAs.isChild() || "false".equalsIgnoreCase(startedAs.relaunchProperty())
                || !isHotSpot(startedAs.vmName())) {
            return Optional.empty();
        }
        List<String> processArgs = startedAs.processArgs();
        int jarFlag = processArgs.indexOf("-jar");
        if (jarFlag < 0 || jarFlag + 1 >= processArgs.size()
                || !isJarOf(startedAs.javaCommandProperty(), processArgs.get(jarFlag + 1))
                || !isSameFile(startedAs.ownJar(), processArgs.get(jarFlag + 1))) {
            return Optional.empty();
        }
        String jar = processArgs.get(jarFlag + 1);
        List<String> jvmOptions = processArgs.subList(0, jarFlag);
        List<String> userOptions = new ArrayList<>(jvmOptions);
        userOptions.addAll(startedAs.environmentOptions());
        if (userOptions.stream().anyMatch(C1Relaunch::isCompilerOption)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(startedAs.javaCommand());
        command.add(C1_ONLY);
        if (startedAs.classDataArchive() != null && userOptions.stream().noneMatch(C1Relaunch::isSharingOption)) {
            // the JVM checks the archive against the jar by path: the build wrote it for the absolute path
            command.add("-XX:SharedArchiveFile=" + startedAs.classDataArchive().toAbsolutePath().normalize());
            command.addAll(QUIET_ARCHIVE); // a stale archive is ignored; its warnings would land in stdout's JSON
        }
        command.add(CHILD_MARKER);
        command.addAll(jvmOptions); // after ours: where both set something, the user's setting wins
        command.add("-jar");
        command.add(Path.of(jar).toAbsolutePath().normalize().toString());
        command.addAll(args);
        return Optional.of(List.copyOf(command));
    }

    /**
     * With {@code java -jar app.jar a b}, {@code sun.java.command} is "app.jar a b"; when a main class was
     * launched it names the class, and the "-jar" found on the command line belongs to something else.
     */
    private static boolean isJarOf(String javaCommandProperty, String jar) {
        return javaCommandProperty.equals(jar) || javaCommandProperty.startsWith(jar + " ");
    }

    /** Another app's jar (a test runner's, say) that happens to call this launcher is never started again. */
    private static boolean isSameFile(Path ownJar, String jar) {
        try {
            return ownJar != null && ownJar.toAbsolutePath().normalize().equals(Path.of(jar).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** "Java HotSpot(TM) 64-Bit Server VM", "OpenJDK 64-Bit Server VM"; OpenJ9 is "Eclipse OpenJ9 VM". */
    private static boolean isHotSpot(String vmName) {
        return vmName.contains("HotSpot") || vmName.startsWith("OpenJDK");
    }

    private static boolean isSharingOption(String option) {
        return SHARING_OPTIONS.stream().anyMatch(option::startsWith);
    }

    private static boolean isCompilerOption(String option) {
        return COMPILER_OPTIONS.stream().anyMatch(option::startsWith);
    }

    private static Optional<Integer> run(List<String> command) {
        StoppableChild child = new StoppableChild();
        // registered before the start: a signal that arrives while the child is being born still stops it
        Thread stopChild = new Thread(child::stop, "stop-analyze-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        boolean interrupted = false;
        try {
            Process process = child.start(new ProcessBuilder(command).inheritIO());
            if (process == null) {
                return Optional.of(SHUT_DOWN_BEFORE_START);
            }
            while (true) {
                try {
                    return Optional.of(process.waitFor());
                } catch (InterruptedException e) {
                    interrupted = true; // the child decides when the work is done; signals reach it via the hook
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // could not start it: nothing has happened yet, so run here instead
        } finally {
            removeQuietly(stopChild);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it stops the child itself
        }
    }

    /** The child process, started and stopped under one lock so that a stop never misses a start. */
    private static final class StoppableChild {
        private Process process;
        private boolean stopping;

        /** Starts the child, or returns null when this JVM is already shutting down. */
        synchronized Process start(ProcessBuilder builder) throws IOException {
            if (stopping) {
                return null;
            }
            process = builder.start();
            return process;
        }

        /** The child writes its project file atomically, so stopping it never leaves half a file behind. */
        synchronized void stop() {
            stopping = true;
            if (process == null) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
