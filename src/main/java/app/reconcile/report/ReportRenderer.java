package app.reconcile.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Turns the shared {@link ReportModel} into the text of one {@link ReportFormat}.
 *
 * <p>Writing is the primary operation: a report of tens of thousands of facts runs to tens of megabytes, and
 * building it whole before writing held it in memory as characters and again as bytes. A renderer writes as it
 * goes ({@link ChunkedOutput}); the text of a whole report is that same output caught in a string.
 */
interface ReportRenderer {
    /** Writes the report to {@code out}, part by part; {@code out} is neither flushed nor closed. */
    void render(ReportModel model, Writer out) throws IOException;

    /** The whole report as text: exactly the characters {@link #render(ReportModel, Writer)} writes. */
    default String render(ReportModel model) {
        StringWriter text = new StringWriter();
        try {
            render(model, text);
        } catch (IOException e) {
            // a StringWriter does not fail; only a renderer's own bug can get here
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
