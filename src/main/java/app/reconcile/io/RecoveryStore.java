package app.reconcile.io;

import app.reconcile.core.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Autosaves for crash recovery, one file per project under a base folder ({@code ~/.reconcile/recovery}
 * by default). A recovery file is an ordinary project file, written atomically, with one extra top-level
 * field {@code "recovery": {"originalProject", "savedAt"}} saying whose autosave it is.
 *
 * <p>The UI writes after edits, discards after a successful save or an explicit "don't restore", and on
 * start asks {@link #find()} for the newest autosave that is still newer than its project file.
 */
public final class RecoveryStore {
    static final String HEADER = "recovery";
    private static final String SUFFIX = ".recovery.json";

    private final Path baseDir;
    private final ProjectFiles files;
    private final Clock clock;

    public RecoveryStore(Path baseDir, ProjectFiles files, Clock clock) {
        this.baseDir = baseDir;
        this.files = files;
        this.clock = clock;
    }

    public RecoveryStore(Path baseDir) {
        this(baseDir, new ProjectFiles(), Clock.systemUTC());
    }

    /** {@code ~/.reconcile/recovery}. */
    public static Path defaultBaseDir() {
        return Path.of(System.getProperty("user.home"), ".reconcile", "recovery");
    }

    /**
     * Where the autosave of a project goes: "untitled.recovery.json" for a never-saved project, else the
     * project's name plus a hash of its absolute path, so two "report.json" in different folders differ.
     */
    public Path recoveryFileFor(Path projectOrNull) {
        if (projectOrNull == null) {
            return baseDir.resolve("untitled" + SUFFIX);
        }
        Path absolute = projectOrNull.toAbsolutePath().normalize();
        String stem = String.valueOf(absolute.getFileName()).replaceAll("[^A-Za-z0-9._-]", "_");
        stem = stem.substring(0, Math.min(stem.length(), 40));
        return baseDir.resolve(stem + "-" + shortHash(absolute.toString()) + SUFFIX);
    }

    public void write(Project project, Path projectOrNull) throws IOException {
        write(ProjectDocument.of(project), projectOrNull);
    }

    /** Autosaves atomically, keeping the document's unknown fields. */
    public void write(ProjectDocument document, Path projectOrNull) throws IOException {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("originalProject", projectOrNull == null ? null : projectOrNull.toAbsolutePath().normalize().toString());
        header.put("savedAt", clock.instant().toString());
        Files.createDirectories(baseDir);
        UnknownFields withHeader = document.unknownFields().withTopLevel(HEADER, header);
        files.save(new ProjectDocument(document.project(), withHeader), recoveryFileFor(projectOrNull));
    }

    /**
     * The newest readable autosave, unless its project file was saved after it (then the autosave is
     * stale). Unreadable autosaves are skipped and left alone.
     */
    public Optional<RecoveryCandidate> find() throws IOException {
        List<RecoveryCandidate> candidates = new ArrayList<>();
        for (Path file : recoveryFiles()) {
            candidate(file).filter(RecoveryStore::isNewerThanOriginal).ifPresent(candidates::add);
        }
        return candidates.stream().max(Comparator.comparing(RecoveryCandidate::savedAt));
    }

    /** The autosaved project, without the recovery header. */
    public ProjectDocument restore(RecoveryCandidate candidate) throws ProjectFileException {
        ProjectDocument document = files.loadDocument(candidate.recoveryFile());
        return new ProjectDocument(document.project(), document.unknownFields().withoutTopLevel(HEADER));
    }

    public void discard(Path projectOrNull) throws IOException {
        Files.deleteIfExists(recoveryFileFor(projectOrNull));
    }

    public void discard(RecoveryCandidate candidate) throws IOException {
        Files.deleteIfExists(candidate.recoveryFile());
    }

    private List<Path> recoveryFiles() throws IOException {
        if (!Files.isDirectory(baseDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(baseDir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).filter(Files::isRegularFile).toList();
        }
    }

    private Optional<RecoveryCandidate> candidate(Path file) {
        try {
            JsonNode header = files.loadDocument(file).unknownFields().topLevel().get(HEADER);
            if (header == null || !header.isObject()) {
                return Optional.empty();
            }
            JsonNode original = header.get("originalProject");
            Path originalProject = original == null || !original.isTextual() ? null : Path.of(original.textValue());
            Instant savedAt = Instant.parse(header.path("savedAt").asText());
            return Optional.of(new RecoveryCandidate(file, originalProject, savedAt));
        } catch (ProjectFileException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isNewerThanOriginal(RecoveryCandidate candidate) {
        Path original = candidate.originalProject();
        try {
            return original == null || !Files.exists(original)
                    || Files.getLastModifiedTime(original).toInstant().isBefore(candidate.savedAt());
        } catch (IOException e) {
            return true;
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
