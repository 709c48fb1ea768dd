package app.reconcile.report;

import java.io.IOException;
import java.io.Writer;

/** Turns the shared {@link ReportModel} into the text of one {@link ReportFormat}. */
interface ReportRenderer {
    String render(ReportModel model);

    /**
     * Writes the report to {@code out}. By default it is rendered whole first; the HTML report, which holds every
     * mention's sentence and every article's text, writes as it goes ({@link ChunkedOutput}).
     */
    default void render(ReportModel model, Writer out) throws IOException {
        out.write(render(model));
    }
}
