package app.reconcile.report;

import app.reconcile.core.FactKind;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One fact as the report lays it out: what it is, how the sources relate, and what the editor decided.
 *
 * @param id            the fact id
 * @param kind          what sort of value it is
 * @param label         a few words saying what the fact is
 * @param verdict       how the versions relate
 * @param status        the editor's decision status
 * @param authoritative the settled value, if there is one
 * @param variants      every distinct version, most widely stated first
 * @param note          the editor's note, may be empty
 * @param author        who decided, empty when undecided
 * @param decidedAt     when, null when undecided
 * @param detail        the engine's explanation, e.g. the word difference of two quotes; may be empty
 */
public record FactEntry(String id, FactKind kind, String label, Verdict verdict, ResolutionStatus status,
                        Optional<Authoritative> authoritative, List<VariantEntry> variants, String note,
                        String author, Instant decidedAt, String detail) {
    public FactEntry {
        variants = List.copyOf(variants);
    }

    /** What a reader should take away in one word or value: the settled value, or why there is none. */
    public String outcome() {
        if (authoritative.isPresent()) {
            return authoritative.get().display();
        }
        if (status == ResolutionStatus.DISMISSED) {
            return "dismissed";
        }
        return verdict == Verdict.CONFLICT ? "unresolved" : "not decided";
    }

    /** The one status word the HTML report uses for this fact. */
    ReportStatus reportStatus() {
        return ReportStatus.of(verdict, status);
    }

    public boolean isDecided() {
        return decidedAt != null;
    }
}
