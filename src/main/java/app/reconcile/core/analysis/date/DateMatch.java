package app.reconcile.core.analysis.date;

import app.reconcile.core.analysis.value.FactValue;

/**
 * A date expression found in a sentence.
 *
 * @param start offset of its first character in the sentence text
 * @param end   exclusive end offset in the sentence text
 * @param value what it means, resolved against the article's date where it needs one
 */
record DateMatch(int start, int end, FactValue value) {

    boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
