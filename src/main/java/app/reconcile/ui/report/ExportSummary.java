package app.reconcile.ui.report;

import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;

/**
 * The counts the export dialog shows before anything is written, so the editor sees what the report will
 * say (and notices open conflicts) first. Plain Java, counted the way the reports count them.
 *
 * @param articles   articles in the project
 * @param facts      facts compared across articles
 * @param conflicts  facts whose versions cannot all be true
 * @param resolved   facts with an authoritative value chosen or typed by the editor
 * @param dismissed  facts the editor dismissed as no real discrepancy
 * @param unresolved conflicts still awaiting a decision
 */
public record ExportSummary(int articles, int facts, int conflicts, int resolved, int dismissed, int unresolved) {

    public static ExportSummary of(Project project) {
        return new ExportSummary(
                project.articles().size(),
                project.facts().size(),
                (int) project.count(Verdict.CONFLICT),
                (int) project.facts().stream().filter(f -> f.status() == ResolutionStatus.RESOLVED).count(),
                (int) project.facts().stream().filter(f -> f.status() == ResolutionStatus.DISMISSED).count(),
                (int) project.facts().stream().filter(Fact::needsDecision).count());
    }

    /** "5 articles · 41 facts · 9 conflicts · 2 resolved · 1 dismissed · 6 unresolved". */
    public String describe() {
        return articles + " articles · " + facts + " facts · " + conflicts + " conflicts · " + resolved
                + " resolved · " + dismissed + " dismissed · " + unresolved + " unresolved";
    }
}
