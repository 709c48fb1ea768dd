package app.reconcile.io;

import java.nio.file.Path;

/**
 * Child process of {@link HostileWritesTest}: starts an atomic write, says "writing" once its temp file
 * exists, and never finishes it, so that the test can stop the process in the middle of the write.
 */
public final class StoppedWriter {
    private StoppedWriter() {
    }

    public static void main(String[] args) throws Exception {
        new AtomicFileWriter().write(Path.of(args[0]), out -> {
            out.write("half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
