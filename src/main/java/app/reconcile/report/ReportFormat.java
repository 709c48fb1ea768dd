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

    public static ReportFormat parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        return "MARKDOWN".equals(n) ? MD : valueOf(n);
    }
}
