package app.reconcile.core.analysis.value;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.text.Sentence;

import java.util.List;

/**
 * One value found in one sentence, waiting to be aligned with values of other articles.
 *
 * @param sentence   where it was found
 * @param start      UTF-16 offset in the article text
 * @param end        exclusive end offset in the article text
 * @param text       surface text, the article text between start and end
 * @param kind       fact kind
 * @param value      normalised value
 * @param thing      stem of what the value counts or measures ("child", "tariff"), or "" when unknown; two
 *                   differing values may only conflict when they count the same thing
 * @param keys       further blocking keys: the verb before the value, the noun of an "of the X" phrase
 * @param thingWord  the surface word of {@code thing}, used in labels
 */
public record Candidate(Sentence sentence, int start, int end, String text, FactKind kind, FactValue value,
                        String thing, List<String> keys, String thingWord) {
    public Candidate {
        keys = List.copyOf(keys);
        thing = thing == null ? "" : thing;
        thingWord = thingWord == null ? "" : thingWord;
    }

    public int article() {
        return sentence.article();
    }
}
