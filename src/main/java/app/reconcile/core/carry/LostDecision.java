package app.reconcile.core.carry;

import app.reconcile.core.Fact;
import app.reconcile.core.MessageText;

/**
 * A decision of the earlier analysis that no fact of the new one took over, and why: the editor has to
 * decide that fact again, so they must be told which one and what changed.
 *
 * @param fact   the decided fact as it was before the re-analysis
 * @param reason why no new fact could take its decision
 */
public record LostDecision(Fact fact, Reason reason) {

    /** Why a decision could not be carried; checked in this order, the first that applies is given. */
    public enum Reason {
        /** Every article that stated the fact was removed, or its text changed (offsets mean nothing then). */
        ARTICLES_GONE("its articles are no longer in the project"),
        /** A fact needs two articles to compare; the engine never makes one from a single article. */
        ONE_ARTICLE_LEFT("only one of its articles is still in the project, so there is nothing to compare"),
        NOT_COVERED("no new fact covers its text any more"),
        /** Two old decisions met in one new fact (the engine merged them): only one decision can stay. */
        TAKEN("the new fact covering its text already took another decision");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason as a reader is told it, lower case, to follow "label: ". */
        public String text() {
            return text;
        }
    }

    /** The fact's label, or its id when it has none: how the editor finds it in the old project. */
    public String label() {
        return fact.label().isBlank() ? fact.id() : fact.label();
    }

    /** "children among the injured: no new fact covers its text any more". */
    public String describe() {
        return MessageText.quote(label()) + ": " + reason.text();
    }
}
