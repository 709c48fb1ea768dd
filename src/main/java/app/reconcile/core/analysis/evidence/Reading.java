package app.reconcile.core.analysis.evidence;

import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.value.Candidate;

import java.util.Set;

/**
 * What the toolkit reads around one value: the lemma of what it counts ({@code thing}: "boat" in "two boats",
 * "magnitude" in "a 7.6-magnitude quake"), the verb that governs it, the content lemmas of its clause with
 * their distance weights, and the proper nouns of its sentence.
 */
record Reading(Candidate candidate, Tagged tagged, String thing, Set<String> things, String verb, String holder, Clause clause, Clause local, Set<String> names,
               java.util.List<app.reconcile.core.analysis.value.FactValue> dates) {
}
