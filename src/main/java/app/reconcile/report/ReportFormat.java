package app.reconcile.report;

import java.util.Locale;

/** The output formats of the reconciled report. */
public enum ReportFormat {
    HTML("html"), MD("md"), CSV("csv"), JSON("json"), TEI("xml");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * Reads a format name as typed on the command line: case-insensitive, "markdown" for MD, "xml" for TEI.
     *
     * @throws IllegalArgumentException with a one-line message listing the formats, for an unknown name
     */
    public static ReportFormat parse(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        switch (n) {
            case "MARKDOWN":
                return MD;
            case "XML":
                return TEI;
            default:
                for (ReportFormat format : values()) {
                    if (format.name().equals(n)) {
                        return format;
                    }
                }
                throw new IllegalArgumentException("unknown report format '" + name
                        + "' (use html, md, csv, json or tei)");
        }
    }
}
