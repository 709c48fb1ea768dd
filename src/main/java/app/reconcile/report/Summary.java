package app.reconcile.report;

import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;

/**
 * The counts at the top of every report.
 *
 * @param articles   articles in the project
 * @param facts      facts compared across articles
 * @param conflicts  facts whose versions cannot all be true
 * @param compatible facts whose versions differ only in precision
 * @param agree      facts every source states alike
 * @param resolved   facts with an authoritative value chosen or typed by the editor
 * @param dismissed  facts the editor dismissed as no real discrepancy
 * @param unresolved conflicts still awaiting a decision
 */
public record Summary(int articles, int facts, int conflicts, int compatible, int agree,
                      int resolved, int dismissed, int unresolved) {

    static Summary of(Project project) {
        return new Summary(
                project.articles().size(),
                project.facts().size(),
                (int) project.count(Verdict.CONFLICT),
                (int) project.count(Verdict.COMPATIBLE),
                (int) project.count(Verdict.AGREE),
                (int) project.facts().stream().filter(f -> f.status() == ResolutionStatus.RESOLVED).count(),
                (int) project.facts().stream().filter(f -> f.status() == ResolutionStatus.DISMISSED).count(),
                (int) project.facts().stream().filter(Fact::needsDecision).count());
    }
}
