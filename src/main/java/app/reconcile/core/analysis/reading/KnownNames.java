package app.reconcile.core.analysis.reading;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The words an event's own sentences tag as proper nouns, so that the same word is read as a name where the
 * tagger missed it. A statistical tagger judges each sentence alone: "Winston Blackmore, 52, ..." comes out
 * as two proper nouns, while "Blackmore, 67, was not available" tags the surname an adjective, because the
 * sentence opens with it and the model has never seen it. Writers spell a name the same way throughout a
 * story, so one confident reading is evidence for the others.
 *
 * <p>A word read inside sentences as an adjective at least as often as a name is left out ("the Canadian
 * government"). Only readings
 * inside a sentence count (a capital at the start says nothing), and headlines written in
 * title case are left out, where every word is capitalised and the tagger calls common words names.
 */
public final class KnownNames {
    /** Headlines leave short words in lower case ("of", "in", "with"); a title-case line capitalises all longer ones. */
    static final int LONG_WORD = 5;
    static final int TITLE_CASE_MIN_WORDS = 4;

    private KnownNames() {
    }

    /** The capitalised words tagged as proper nouns after the first token of an ordinary sentence. */
    public static Set<String> of(Collection<Tagged> sentences) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (Tagged t : sentences) {
            if (titleCase(t)) {
                continue;
            }
            for (int i = 1; i < t.size(); i++) {
                String token = t.token(i);
                if (token.length() > 1 && Character.isUpperCase(token.charAt(0))) {
                    if (t.tag(i).equals("PROPN")) {
                        votes.merge(token, 1, Integer::sum);
                    } else if (t.tag(i).equals("ADJ")) {
                        votes.merge(token, -1, Integer::sum);
                    }
                }
            }
        }
        // a capitalised word read inside sentences more often as an adjective than as a name is a nation's or a
        // language's ("the Canadian government"); the tagger's slips on a surname are the fewer readings
        Set<String> out = new HashSet<>();
        votes.forEach((word, vote) -> {
            if (vote > 0) {
                out.add(word);
            }
        });
        return out;
    }

    static boolean titleCase(Tagged t) {
        int words = 0;
        for (int i = 0; i < t.size(); i++) {
            String token = t.token(i);
            if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
                continue;
            }
            words++;
            if (token.length() >= LONG_WORD && Character.isLowerCase(token.charAt(0))) {
                return false;
            }
        }
        return words >= TITLE_CASE_MIN_WORDS;
    }
}
