package app.reconcile.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pipes and device nodes for the hostile-path tests, made with the system tools; a test that needs one is
 * skipped (not failed) where the tool is missing or not permitted.
 */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    public static Path fifo(Path path) throws Exception {
        run("mkfifo", path.toString());
        return path;
    }

    /** A character device with the numbers of /dev/null: safe, as nothing in these tests opens it. */
    public static Path nullDevice(Path path) throws Exception {
        run("mknod", path.toString(), "c", "1", "3");
        return path;
    }

    /** True for a pipe, device or socket: what must still be there after a refused write. */
    public static boolean isSpecial(Path path) throws IOException {
        return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).isOther();
    }

    /**
     * Feeds {@code bytes} into a pipe from a daemon thread, once a reader opens it; a reader that never
     * comes leaves only a parked daemon thread behind.
     */
    public static void feed(Path fifo, byte[] bytes) {
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                // the reader stopped early (a size limit): that is what some tests want
            }
        }, "fifo-feeder");
        writer.setDaemon(true);
        writer.start();
    }

    private static void run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, command[0] + " is not available: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                command[0] + " failed: " + new String(p.getInputStream().readAllBytes()));
    }
}
