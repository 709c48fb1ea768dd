package app.reconcile.io;

import app.reconcile.core.MessageText;
import app.reconcile.core.Project;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes the JSON project file (format documented in docs/project-format.md).
 *
 * <p>Loading only reads; every problem becomes a {@link ProjectFileException} whose message starts with
 * the file name and says what is wrong and where. Saving is atomic (see {@link AtomicFileWriter}).
 */
public final class ProjectFiles {
    /** Refused while reading, before parsing: a larger file is not a project this application wrote. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    private static final int BINARY_PROBE_BYTES = 8192;

    private final JsonFactory factory;
    private final DefaultPrettyPrinter pretty;
    private final AtomicFileWriter atomicWriter = new AtomicFileWriter();
    /** Data binding is only needed to read, or to copy unknown fields; {@code analyze} without --keep never loads it. */
    private volatile ObjectMapper mapper;

    public ProjectFiles() {
        factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // the atomic writer still has to force the file to disk after Jackson is done with it
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // emoji as real UTF-8 rather than escaped surrogate pairs: the file stays readable
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) MAX_FILE_BYTES).maxDocumentLength(MAX_FILE_BYTES).build())
                .build();
        DefaultIndenter newlines = new DefaultIndenter("  ", "\n");
        pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentArraysWith(newlines);
        pretty.indentObjectsWith(newlines);
    }

    private ObjectMapper mapper() {
        ObjectMapper m = mapper;
        if (m == null) {
            synchronized (this) {
                m = mapper;
                if (m == null) {
                    m = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
                    mapper = m;
                }
            }
        }
        return m;
    }

    /** Parses and validates a project file; nothing on disk changes. */
    public Project load(Path file) throws ProjectFileException {
        return loadDocument(file).project();
    }

    /** Like {@link #load} but also keeps the fields this version does not know, for {@link #save(ProjectDocument, Path)}. */
    public ProjectDocument loadDocument(Path file) throws ProjectFileException {
        String name = fileName(file);
        return read(readTree(file, name), name);
    }

    /** Parses file content already in memory; {@code name} starts every error message. */
    ProjectDocument parseDocument(byte[] bytes, String name) throws ProjectFileException {
        return read(parse(bytes, name), name);
    }

    /**
     * The file's bytes live only in this call: a caller holding them while the project is built from the tree
     * kept a copy of the whole file (32 MB for 50,000 facts) in the heap at its fullest.
     */
    private ObjectNode readTree(Path file, String name) throws ProjectFileException {
        return parse(readBytes(file, name), name);
    }

    private static ProjectDocument read(ObjectNode root, String name) throws ProjectFileException {
        ObjectNode current = new ProjectMigrator().migrate(root, name);
        return new ProjectJsonReader(name).read(current);
    }

    /** Writes atomically: a temp file beside the target, flushed, then renamed over it. */
    public void save(Project project, Path file) throws IOException {
        save(ProjectDocument.of(project), file);
    }

    /** Saves a loaded (and maybe edited) document, unknown fields included. */
    public void save(ProjectDocument document, Path file) throws IOException {
        atomicWriter.write(file, out -> writeJson(document, out));
    }

    /** The exact bytes {@link #save} writes: pretty-printed UTF-8 with '\n' line ends and a final newline. */
    public byte[] toJson(ProjectDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(document, out);
        return out.toByteArray();
    }

    private void writeJson(ProjectDocument document, OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            // a fresh printer per file: DefaultPrettyPrinter keeps the nesting depth while writing
            g.setPrettyPrinter(pretty.createInstance());
            new ProjectJsonWriter(this::mapper).write(document, g);
        }
        out.write('\n');
    }

    /** Bounded by what arrives, not by the reported size: a pipe or {@code /dev/zero} reports 0 (see {@link BoundedRead}). */
    private static byte[] readBytes(Path file, String name) throws ProjectFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ProjectFileException(name + ": is a folder, not a project file");
            }
            byte[] bytes = BoundedRead.readAtMost(file, (int) MAX_FILE_BYTES);
            if (isBinary(bytes)) {
                throw new ProjectFileException(name + ": not a Reconcile project: the file is binary, not JSON text");
            }
            return bytes;
        } catch (BoundedRead.TooLargeException e) {
            String size = e.knownSize() < 0 ? "more than " + MAX_FILE_BYTES / (1024 * 1024) + " MB"
                    : String.format(Locale.ROOT, "%,d bytes", e.knownSize());
            throw new ProjectFileException(String.format(Locale.ROOT,
                    "%s: the file is too large (%s); a project file may be at most %d MB",
                    name, size, MAX_FILE_BYTES / (1024 * 1024)), e);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(name + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new ProjectFileException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** NUL bytes never occur in UTF-8 JSON; UTF-16 files (with a byte-order mark) are left to the parser. */
    private static boolean isBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return false;
        }
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** " near line 3" for the plain message, or nothing when the parser gave no position. */
    private static String near(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " near line " + location.getLineNr();
    }

    private ObjectNode parse(byte[] bytes, String name) throws ProjectFileException {
        JsonNode root;
        try {
            root = mapper().readTree(bytes);
        } catch (JsonEOFException e) {
            throw new ProjectFileException(name + ": " + at(e.getLocation())
                    + "the file ends in the middle of the JSON (truncated?)",
                    "The project file " + name + " is incomplete: it stops in the middle, perhaps because it was "
                            + "cut off while being saved or copied. Open an earlier copy or the recovery file.", e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(name + ": " + at(e.getLocation()) + "not valid JSON: "
                    + firstLine(e.getOriginalMessage()),
                    "The project file " + name + " is damaged" + near(e.getLocation())
                            + ": it contains something that is not part of a Reconcile project, so it cannot be "
                            + "opened. Open an earlier copy, or see Details.", e);
        } catch (IOException e) {
            throw new ProjectFileException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ProjectFileException(name + ": the file is empty");
        }
        if (!root.isObject()) {
            throw new ProjectFileException(name + ": not a Reconcile project: expected a JSON object at the top, found "
                    + JsonFields.describe(root));
        }
        return (ObjectNode) root;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The file as messages name it: a name may hold anything, so it is quoted ({@link MessageText#quote}). */
    private static String fileName(Path file) {
        Path name = file.getFileName();
        return MessageText.quote(name == null ? file.toString() : name.toString());
    }
}
