package app.reconcile.report;

/** Turns the shared {@link ReportModel} into the text of one {@link ReportFormat}. */
interface ReportRenderer {
    String render(ReportModel model);
}
