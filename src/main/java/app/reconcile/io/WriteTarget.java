package app.reconcile.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;

/**
 * The rules every file this application writes obeys, checked before any work is done so that a refused
 * write changes nothing (docs/project-format.md, "What may be written").
 *
 * <p>Why so strict: an atomic save renames a new regular file over the old path, and a rename does not care
 * what it replaces. Run as root, {@code --out /dev/null} used to turn the device into a report. So only a
 * regular file, or nothing, may sit at the path; a symbolic link is followed to the regular file it names,
 * which is then replaced while the link stays. Every refusal is a {@link FileSystemException} whose file is
 * the path as the user wrote it, never a resolved or temporary one.
 */
public final class WriteTarget {

    private WriteTarget() {
    }

    /**
     * Where a write of {@code target} really goes: the absolute path itself, or, for a symbolic link, the
     * regular file it points to.
     *
     * @throws FileSystemException naming {@code target} when something other than a regular file is there, a
     *                             link points nowhere, or the folder does not exist
     */
    public static Path resolve(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getFileName() == null) {
            throw refuse(target, "this is a folder, not a file");
        }
        BasicFileAttributes attrs = attributesOrNull(absolute, LinkOption.NOFOLLOW_LINKS);
        if (attrs == null) {
            Path dir = absolute.getParent();
            if (!Files.isDirectory(dir)) {
                throw refuse(target, "no such folder: " + dir);
            }
            return absolute;
        }
        if (attrs.isSymbolicLink()) {
            Path real;
            try {
                real = absolute.toRealPath();
            } catch (NoSuchFileException e) {
                throw refuse(target, "it is a symbolic link to a file that does not exist");
            }
            requireRegular(target, attributesOrNull(real));
            return real;
        }
        requireRegular(target, attrs);
        return absolute;
    }

    /**
     * Refuses an output that is one of the command's inputs, or one of the files an input folder holds: by
     * file identity, so a symbolic link, {@code ..} or a hard link to an input is caught too.
     */
    public static void requireNotAnInput(Path out, Collection<Path> inputs) throws IOException {
        if (out == null || !Files.exists(out)) {
            return;
        }
        for (Path input : inputs) {
            if (input == null || !Files.exists(input)) {
                continue;
            }
            if (Files.isSameFile(out, input)) {
                throw refuse(out, "it is also an input of this command; write to another file");
            }
            if (Files.isDirectory(input) && holds(input, out)) {
                throw refuse(out, "it is one of the files read from " + input + "; write to another file");
            }
        }
    }

    /** Only the files an import of the folder reads: a project saved beside its articles is no input. */
    private static boolean holds(Path folder, Path out) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (SupportedFormats.isSupported(entry.getFileName().toString()) && Files.isRegularFile(entry)
                        && Files.isSameFile(entry, out)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void requireRegular(Path target, BasicFileAttributes attrs) throws FileSystemException {
        if (attrs == null || attrs.isRegularFile()) {
            return;
        }
        throw refuse(target, attrs.isDirectory() ? "this is a folder, not a file" : "not a regular file");
    }

    private static BasicFileAttributes attributesOrNull(Path path, LinkOption... options) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The same failure, told about the user's path: the file system names whatever it was working on, which
     * for an atomic write is the hidden temp file, and some errors ("No space left on device") name nothing.
     */
    public static IOException naming(Path target, IOException e) {
        String file = target.toString();
        if (e instanceof FileSystemException fs && file.equals(fs.getFile())) {
            return e;
        }
        IOException named;
        if (e instanceof AccessDeniedException) {
            named = new AccessDeniedException(file, null, "permission denied");
        } else if (e instanceof NoSuchFileException) {
            named = new FileSystemException(file, null, "no such folder");
        } else {
            String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
            named = new FileSystemException(file, null, reason == null ? e.getClass().getSimpleName() : reason);
        }
        named.initCause(e);
        return named;
    }

    static FileSystemException refuse(Path target, String reason) {
        return new FileSystemException(target.toString(), null, reason);
    }
}
