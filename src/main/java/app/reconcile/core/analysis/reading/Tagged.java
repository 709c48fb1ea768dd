package app.reconcile.core.analysis.reading;

import java.util.List;

/**
 * One sentence as the toolkit reads it: tokens with their offsets in the sentence text, Universal Dependencies
 * part-of-speech tags and lower-case lemmas.
 */
public record Tagged(List<String> tokens, int[] starts, int[] ends, List<String> tags, List<String> lemmas) {
    public Tagged {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        lemmas = List.copyOf(lemmas);
        starts = starts.clone();
        ends = ends.clone();
    }

    public int size() {
        return tokens.size();
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public String lemma(int i) {
        return lemmas.get(i);
    }

    public String token(int i) {
        return tokens.get(i);
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean isNoun(int i) {
        return tags.get(i).equals("NOUN") || tags.get(i).equals("PROPN");
    }

    /**
     * A proper noun: tagged so, or a capitalised noun inside the sentence. The tagger was trained on words it
     * knows; a place or a name it never saw ("Kyiv", "Odesa") often comes out a plain noun, and in English a
     * capital inside a sentence is the writer's own mark of a name.
     */
    public boolean isProperNoun(int i) {
        return tags.get(i).equals("PROPN")
                || i > 0 && tags.get(i).equals("NOUN") && Character.isUpperCase(tokens.get(i).charAt(0));
    }

    /**
     * This sentence with every capitalised token whose exact form is in {@code names} tagged as a proper noun
     * ({@link KnownNames}); itself when none changes.
     */
    public Tagged withNames(java.util.Set<String> names) {
        List<String> retagged = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!tags.get(i).equals("PROPN") && names.contains(token) && Character.isUpperCase(token.charAt(0))) {
                if (retagged == null) {
                    retagged = new java.util.ArrayList<>(tags);
                }
                retagged.set(i, "PROPN");
            }
        }
        return retagged == null ? this : new Tagged(tokens, starts, ends, retagged, lemmas);
    }

    public boolean isVerb(int i) {
        return tags.get(i).equals("VERB");
    }

    /** Content words carry what a clause is about; function words, numbers and punctuation do not. */
    public boolean isContent(int i) {
        return switch (tags.get(i)) {
            case "NOUN", "PROPN", "VERB", "ADJ", "ADV" -> true;
            default -> false;
        };
    }

    /** The first token that overlaps {@code [from, to)} (sentence offsets), or -1. */
    public int firstOverlapping(int from, int to) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < to && from < ends[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The last token that overlaps {@code [from, to)} (sentence offsets), or -1. */
    public int lastOverlapping(int from, int to) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] < to && from < ends[i]) {
                return i;
            }
        }
        return -1;
    }
}
