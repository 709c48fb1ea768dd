package app.reconcile.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces a file so that, whatever happens (exception, full disk, the process killed), the file afterwards
 * is either the complete old one or the complete new one.
 *
 * <p>How: write a temp file in the same directory (a rename is only atomic within one file system), force
 * it to the device, rename it over the target with {@code ATOMIC_MOVE}, then force the directory so the
 * rename itself is durable. Where the file system has no atomic rename, a plain replacing move is the
 * best that is left. On any failure the temp file is deleted and the target is not touched.
 *
 * <p>A symbolic link is followed (its target file is replaced, the link stays) and the old file's POSIX
 * permissions are kept. A killed process cannot delete its temp file; the next successful write of the same
 * target removes such leftovers once they are older than {@link #STALE_TEMP_AGE}, which no save in progress
 * (of another instance, say) can be.
 */
public final class AtomicFileWriter {
    static final Duration STALE_TEMP_AGE = Duration.ofMinutes(10);
    private static final String TEMP_SUFFIX = ".tmp";
    /**
     * Temp names only need to be unique per directory, and CREATE_NEW guarantees that they are: process id,
     * clock and a counter instead of {@code UUID.randomUUID()}, whose SecureRandom seeding costs every CLI
     * run tens of milliseconds of start-up.
     */
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    /** Writes the content to an open stream; may throw to abandon the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void write(Path target, Content content) throws IOException {
        Path absolute = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = dir.resolve(tempPrefix(absolute) + uniqueTag() + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        deleteStaleTemps(absolute);
    }

    private static String uniqueTag() {
        return ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()) + "-"
                + TEMP_COUNTER.incrementAndGet();
    }

    static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null && Files.exists(from)) {
            Files.getFileAttributeView(to, PosixFileAttributeView.class)
                    .setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename durable on POSIX systems; Windows cannot open a directory, and needs no such step. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the rename has happened; only durability across a power cut is weaker
        }
    }

    /** Best effort: the save has succeeded, tidying up must not turn it into a failure. */
    private static void deleteStaleTemps(Path target) {
        Instant cutoff = Instant.now().minus(STALE_TEMP_AGE);
        String glob = tempPrefix(target).replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1") + "*" + TEMP_SUFFIX;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(target.getParent(), glob)) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers stay for the next save
        }
    }
}
