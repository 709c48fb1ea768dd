package app.reconcile.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that, whatever happens (exception, full disk, the process killed), the file afterwards
 * is either the complete old one or the complete new one.
 *
 * <p>How: write a temp file in the same directory (a rename is only atomic within one file system), force
 * it to the device, rename it over the target with {@code ATOMIC_MOVE}, then force the directory so the
 * rename itself is durable. Where the file system has no atomic rename, a plain replacing move is the
 * best that is left. On any failure the temp file is deleted and the target is not touched.
 *
 * <p>Only a regular file is ever replaced ({@link WriteTarget#resolve}): a symbolic link is followed (its
 * target file is replaced, the link stays). The old file's owner, group and POSIX mode are kept. Every
 * failure names the path the caller passed in, never the temp file. Temp files left by a killed process are
 * removed by a later write to the same folder ({@link TempFiles}).
 */
public final class AtomicFileWriter {
    /** Until the temp file has its final owner and mode, nobody else may read what is being written. */
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    /** Writes the content to an open stream; may throw to abandon the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text to an open writer as it is produced; may throw to abandon the write. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Like {@link #write(Path, Content)}, for text that is encoded as UTF-8 while it is written, so that a
     * large text (a report of tens of megabytes) is never held whole, as characters or as bytes. A failure
     * half-way leaves the old file as {@link #write(Path, Content)} does. Unpaired surrogates become '?', as in
     * {@code String.getBytes(UTF_8)}, so the bytes are those of the same text written at once.
     */
    public void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            // closed, not only flushed, so that a lone high surrogate at the very end is written too ('?'); the
            // channel itself stays open until it has been forced to the device
            try (Writer text = new OutputStreamWriter(new KeptOpen(out), StandardCharsets.UTF_8)) {
                content.writeTo(text);
            }
        });
    }

    /** Passes everything on except {@code close()}, which only flushes. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    public void write(Path target, Content content) throws IOException {
        Path real = WriteTarget.resolve(target);
        Path dir = real.getParent();
        Path temp = TempFiles.nameFor(real);
        boolean moved = false;
        try {
            PosixFileAttributes old = posixAttributesOrNull(real);
            TempFiles.started(temp);
            try (FileChannel channel = open(temp, old != null)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (old != null) {
                copyOwnerAndMode(old, temp);
            }
            // again just before the rename: the path may have become something else while we wrote
            WriteTarget.resolve(target);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } catch (IOException e) {
            throw WriteTarget.naming(target, e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
            TempFiles.finished(temp);
            TempFiles.removeStale(dir);
        }
    }

    private static FileChannel open(Path temp, boolean replacing) throws IOException {
        if (replacing) {
            return FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OWNER_ONLY);
        }
        return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static PosixFileAttributes posixAttributesOrNull(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes();
    }

    /**
     * Owner and group first (changing them may clear set-id bits), then the mode. Only root may give a file
     * away; when that is not permitted the file belongs to the writer, and the mode is still kept.
     */
    private static void copyOwnerAndMode(PosixFileAttributes old, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException e) {
            // not permitted: the writer keeps the file
        }
        try {
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
        } catch (IOException e) {
            // not a member of that group
        }
        view.setPermissions(old.permissions());
    }

    /** Makes the rename durable on POSIX systems; Windows cannot open a directory, and needs no such step. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the rename has happened; only durability across a power cut is weaker
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the original failure matters more; the next write to this folder removes the leftover
        }
    }
}
