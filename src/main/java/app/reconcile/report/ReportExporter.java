package app.reconcile.report;

import app.reconcile.core.Project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Renders a project's decisions as a reconciled report in one of the {@link ReportFormat}s. The project is
 * turned into one {@link ReportModel} and each format only lays it out, so all formats agree.
 */
public final class ReportExporter {
    private final ReportOptions options;
    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

    /** Default title, timestamped with the system clock. */
    public ReportExporter() {
        this(ReportOptions.defaults());
    }

    public ReportExporter(ReportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        renderers.put(ReportFormat.HTML, new HtmlReport());
        renderers.put(ReportFormat.MD, new MarkdownReport());
        renderers.put(ReportFormat.CSV, new CsvReport());
        renderers.put(ReportFormat.JSON, new JsonReport());
        renderers.put(ReportFormat.TEI, new TeiReport());
    }

    public String render(Project project, ReportFormat format) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(format, "format");
        return renderers.get(format).render(ReportModel.of(project, options));
    }

    /**
     * Renders and writes atomically as UTF-8: a temp file in the target's folder, forced to disk, then moved
     * over the target in one step, so readers never see a half-written report. On failure the target is
     * untouched, the temp file removed, and the exception's message is one line an editor can act on.
     */
    public void write(Project project, ReportFormat format, Path file) throws IOException {
        byte[] bytes = render(project, format).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "cannot write the report: no such folder");
        }
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "cannot write the report: this is a folder");
        }
        // createFile, not createTempFile: the report is for sharing, so it gets the usual permissions (umask),
        // not the owner-only ones of a temp file.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createFile(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, "cannot write the report: permission denied");
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Best effort: after a failure the original exception is what the editor needs to see. */
    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray hidden temp file is harmless; the next write uses a new name
        }
    }
}
