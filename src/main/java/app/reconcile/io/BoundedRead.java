package app.reconcile.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a whole file, of any kind, but never more than a limit.
 *
 * <p>Why not trust {@link Files#size}: it is only the truth for a regular file. A pipe, a device such as
 * {@code /dev/zero}, a file in {@code /proc} or a link to any of them reports 0 and then delivers as much as
 * it likes; {@code Files.readAllBytes} read {@code /dev/zero} until the heap ran out. So the limit is
 * enforced on the bytes as they arrive; a regular file's reported size only lets a too-large file be refused
 * without reading it, and sizes the buffer.
 */
final class BoundedRead {

    private static final int FIRST_CHUNK = 64 * 1024;

    /** The content passed the limit. {@code knownSize} is the reported size of a regular file, else -1. */
    static final class TooLargeException extends IOException {
        private final long knownSize;

        TooLargeException(long knownSize) {
            super(knownSize < 0 ? "larger than the limit" : knownSize + " bytes, larger than the limit");
            this.knownSize = knownSize;
        }

        long knownSize() {
            return knownSize;
        }
    }

    private BoundedRead() {
    }

    /** All the bytes of {@code file}, at most {@code limit} of them; memory stays within about twice the limit. */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        int initial = FIRST_CHUNK;
        if (attrs.isRegularFile()) {
            if (attrs.size() > limit) {
                throw new TooLargeException(attrs.size());
            }
            initial = (int) attrs.size();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[Math.min(initial, limit)];
            int filled = 0;
            while (true) {
                if (filled == buffer.length) {
                    // full: one more byte says whether the content ends here, without a copy when it does
                    int next = in.read();
                    if (next < 0) {
                        return buffer;
                    }
                    if (buffer.length >= limit) {
                        throw new TooLargeException(-1);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(FIRST_CHUNK, buffer.length * 2L)));
                    buffer[filled++] = (byte) next;
                    continue;
                }
                int read = in.read(buffer, filled, buffer.length - filled);
                if (read < 0) {
                    return Arrays.copyOf(buffer, filled);
                }
                filled += read;
            }
        }
    }
}
