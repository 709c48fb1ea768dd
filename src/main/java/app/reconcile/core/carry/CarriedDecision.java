package app.reconcile.core.carry;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;

/**
 * A decision that a fact of the new analysis took over.
 *
 * @param before the decided fact of the earlier analysis
 * @param after  the new fact, now carrying {@code before}'s resolution unchanged
 */
public record CarriedDecision(Fact before, Fact after) {

    /**
     * True when the editor picked one of the stated values and no article states it any more (the article
     * that did was removed, or the engine now reads the text differently). The decision still holds, since
     * the resolution keeps the chosen value and its text, but the editor may want to look at it again. A
     * typed value or a dismissal was never a stated value, so it cannot go missing.
     */
    public boolean chosenValueNoLongerStated() {
        Resolution resolution = after.resolution();
        if (resolution == null || resolution.status() != ResolutionStatus.RESOLVED || resolution.custom()) {
            return false;
        }
        return after.mentions().stream().map(Mention::value).noneMatch(resolution.value()::equals);
    }

    /** The new fact's label, or its id when it has none. */
    public String label() {
        return after.label().isBlank() ? after.id() : after.label();
    }
}
