package app.reconcile.ui.common;

import app.reconcile.report.ReportFormat;

/** How the report formats read to the editor: in the export dialog and in the file chooser's list of types. */
public final class ReportFormatLabels {
    private ReportFormatLabels() {
    }

    public static String describe(ReportFormat format) {
        return switch (format) {
            case HTML -> "HTML report";
            case MD -> "Markdown report";
            case CSV -> "CSV table of facts";
            case JSON -> "JSON report";
            case TEI -> "TEI XML apparatus";
        };
    }

    /** The chooser's glob for the format's extension, e.g. "*.html". */
    public static String glob(ReportFormat format) {
        return "*." + format.extension();
    }

    /** {@code fileName} with the format's extension appended unless it already ends with it. */
    public static String withExtension(String fileName, ReportFormat format) {
        String suffix = "." + format.extension();
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) ? fileName : fileName + suffix;
    }
}
