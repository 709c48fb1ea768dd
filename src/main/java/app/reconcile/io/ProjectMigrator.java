package app.reconcile.io;

import app.reconcile.core.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The single place that knows about older project-file versions: it checks the {@code format} and
 * {@code version} header and rewrites an older document tree into the current shape before it is read.
 *
 * <p>Version history: 1 is the first released format. A file without {@code version} (written by
 * pre-release builds) has the version 1 shape and is read as version 1. A future version 2 adds a step
 * {@code from1To2(ObjectNode)} here, and the reader stays version-free. Newer files are refused rather
 * than half-read, because saving them again would drop what this version does not understand.
 */
final class ProjectMigrator {

    /** Returns the tree in the current version's shape; may modify and return {@code root}. */
    ObjectNode migrate(ObjectNode root, String fileName) throws ProjectFileException {
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            throw JsonFields.problem(fileName, "", "not a Reconcile project ('format' is missing; expected \""
                    + Project.FORMAT + "\")");
        }
        if (!format.isTextual() || !Project.FORMAT.equals(format.textValue())) {
            throw JsonFields.problem(fileName, "", "not a Reconcile project ('format' is "
                    + JsonFields.describe(format) + ", expected \"" + Project.FORMAT + "\")");
        }
        int version = versionOf(root, fileName);
        if (version > Project.VERSION) {
            throw JsonFields.problem(fileName, "", "made by a newer Reconcile (format version " + version
                    + "); this version reads up to " + Project.VERSION);
        }
        // Version 0 (no 'version' field): same shape as 1. Later steps chain here: if (version < 2) from1To2.
        root.put("version", Project.VERSION);
        return root;
    }

    private static int versionOf(ObjectNode root, String fileName) throws ProjectFileException {
        JsonNode v = root.get("version");
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw JsonFields.problem(fileName, "", "'version' must be a whole number, found "
                    + JsonFields.describe(v));
        }
        return v.intValue();
    }
}
