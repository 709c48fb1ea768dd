package app.reconcile.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Names, tracks and tidies the hidden temp files of {@link AtomicFileWriter}.
 *
 * <p>A temp file is {@code .<name>.<pid>-<hex clock>-<counter>.tmp} beside its target. The name part is
 * shortened (with a hash of the full name, so two long names stay apart) when the whole would pass the
 * 255-byte name limit of common file systems: a valid 250-character output name must still be writable.
 *
 * <p>A process that exits normally or is stopped with SIGTERM or Ctrl+C deletes the temp files it is still
 * writing (a shutdown hook). A process killed outright cannot; the next write to the same folder removes
 * every temp file of ours there that has not been touched for {@link #STALE_AGE}, which no write in progress
 * can be, as writing keeps the modification time fresh.
 */
final class TempFiles {
    static final Duration STALE_AGE = Duration.ofMinutes(10);
    /** The usual NAME_MAX (ext4, xfs, btrfs, tmpfs; 255 UTF-16 units on NTFS, never fewer than these bytes). */
    static final int NAME_MAX_BYTES = 255;
    /** Room for the name part: 255 less the dots, the longest possible tag (20+16+19 digits and 2 dashes), ".tmp". */
    private static final int NAME_PART_MAX_BYTES = NAME_MAX_BYTES - 2 - 57 - 4;
    private static final String SUFFIX = ".tmp";
    private static final Pattern OURS = Pattern.compile("\\..+\\.\\d+-[0-9a-f]+-\\d+\\.tmp", Pattern.DOTALL);
    /**
     * Temp names only need to be unique per directory, and CREATE_NEW guarantees that they are: process id,
     * clock and a counter instead of {@code UUID.randomUUID()}, whose SecureRandom seeding costs every CLI
     * run tens of milliseconds of start-up.
     */
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private TempFiles() {
    }

    /** A fresh temp path beside {@code target} (not yet created). */
    static Path nameFor(Path target) {
        String tag = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()) + "-"
                + COUNTER.incrementAndGet();
        return target.resolveSibling("." + namePart(target.getFileName().toString()) + "." + tag + SUFFIX);
    }

    static String namePart(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_PART_MAX_BYTES) {
            return name;
        }
        String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
        int budget = NAME_PART_MAX_BYTES - hash.length() - 1;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + "~" + hash;
    }

    static boolean isOurs(String fileName) {
        return OURS.matcher(fileName).matches();
    }

    /** Marks a temp file as being written, so that a shutdown on SIGTERM removes it. */
    static void started(Path temp) {
        Cleanup.installOnce();
        IN_PROGRESS.add(temp);
    }

    static void finished(Path temp) {
        IN_PROGRESS.remove(temp);
    }

    /** Best effort: a failed tidy-up must never turn a save into a failure. */
    static void removeStale(Path dir) {
        Instant cutoff = Instant.now().minus(STALE_AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
            for (Path temp : temps) {
                if (isOurs(temp.getFileName().toString()) && !IN_PROGRESS.contains(temp)) {
                    BasicFileAttributes attrs =
                            Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isRegularFile() && attrs.lastModifiedTime().toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(temp);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers stay for the next write
        }
    }

    /** Holder idiom: the hook is registered on the first write, not when the class loads. */
    private static final class Cleanup {
        static {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::deleteAll, "reconcile-temp-cleanup"));
            } catch (IllegalStateException e) {
                // already shutting down: nothing more can be registered, and the write will not finish anyway
            }
        }

        static void installOnce() {
            // loading the class ran the static block
        }

        private static void deleteAll() {
            for (Path temp : IN_PROGRESS) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing more can be done while the JVM exits; the next write tidies up
                }
            }
        }
    }
}
