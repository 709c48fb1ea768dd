package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.Examples.Marked;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.QuantityValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How the example corpora of the knowledge files read by the quantity stage are run: each file's examples go
 * through the class that reads the file (see {@code KnowledgeExamplesTest}).
 */
public final class QuantityKnowledgeProbes {
    private QuantityKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        NumberWords numberWords = new NumberWords();
        LightStemmer stemmer = new LightStemmer();
        QuantityExtractor quantities = new QuantityExtractor(numberWords, stemmer);
        CountedThing counted = new CountedThing(stemmer);
        Records records = new Records();
        Map<String, Function<String, String>> out = new HashMap<>();
        // a spelled-out number: its value
        out.put("number-words", phrase -> {
            OptionalDouble v = numberWords.parse(phrase);
            return v.isEmpty() ? "" : v.getAsDouble() == Math.rint(v.getAsDouble())
                    ? Long.toString((long) v.getAsDouble()) : Double.toString(v.getAsDouble());
        });
        // sentences: the canonical values read in them (of some kind only, where the file is about that kind)
        out.put("time-units", s -> values(quantities, s, c -> c.kind() == FactKind.DURATION));
        out.put("hedges", s -> values(quantities, s, c -> true));
        out.put("metres-words", s -> values(quantities, s, c -> true));
        out.put("currencies", s -> values(quantities, s, c -> c.kind() == FactKind.MONEY));
        out.put("units", s -> values(quantities, s, QuantityKnowledgeProbes::measured));
        out.put("unit-spellings", s -> values(quantities, s, QuantityKnowledgeProbes::measured));
        // a sentence: "count" when a bare "one" in it is read as a count
        out.put("one-as-count", s -> quantities.extract(new Sentence(0, 0, 0, 0, s), List.of()).stream()
                .anyMatch(c -> c.text().toLowerCase(java.util.Locale.ROOT).endsWith("one")) ? "count" : "");
        // text before a [value]: the change whose size it is ("a wage increase of")
        out.put("change-nouns", input -> counted.changeOf(Marked.of(input).before()).word());
        // a sentence with a [value] that is an age: the holder keys of the age
        out.put("generic-people", input -> {
            Marked m = Marked.of(input);
            return Ages.holders(m.before(), m.after(), Double.parseDouble(m.value().replaceAll("\\D.*", "")))
                    .map(keys -> String.join(" ", keys)).orElse("");
        });
        // a sentence with a bare [count]: "people" when it counts people told with an event
        out.put("people-event-links", input -> {
            Marked m = Marked.of(input);
            return PeopleEvents.countPeople(m.before(), m.after()) ? "people" : "";
        });
        // a sentence with a [count]: the word of what it counts, or the stem it is counted as
        out.put("counted-thing-breaks", input -> counted.after(Marked.of(input).after()).word());
        out.put("noun-run-verbs", input -> counted.after(Marked.of(input).after()).word());
        out.put("same-thing", input -> counted.after(Marked.of(input).after()).stem());
        // text before an [ordinal]: the event "for a fifth time" counts
        out.put("streak-events", input -> Streaks.eventOfTimes(Marked.of(input).before()).orElse(""));
        // a sentence with a [value]: what changed and how ("shares @fall")
        out.put("change-verbs", input -> {
            Marked m = Marked.of(input);
            return ChangeSubject.of(m.before(), m.after(), true)
                    .map(c -> (c.word() + " " + c.frame()).strip()).orElse("");
        });
        // a sentence: the records and scores read in it
        out.put("record-words", s -> records.extract(new Sentence(0, 0, 0, 0, s)).stream()
                .map(c -> c.value().canonical()).collect(Collectors.joining("; ")));
        return out;
    }

    private static boolean measured(Candidate c) {
        return c.value() instanceof QuantityValue q && !q.unit().isEmpty();
    }

    private static String values(QuantityExtractor quantities, String sentence, Predicate<Candidate> which) {
        return quantities.extract(new Sentence(0, 0, 0, 0, sentence), List.of()).stream().filter(which)
                .map(c -> c.value().canonical()).collect(Collectors.joining("; "));
    }
}
