package app.reconcile.ui.facts;

import app.reconcile.core.FactKind;

/** What the editor says about text linked by hand as one fact: its kind and a label for the fact list. */
public record LinkDetails(FactKind kind, String label) {
}
