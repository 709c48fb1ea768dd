package app.reconcile.core.analysis.knowledge;

import java.util.List;

/**
 * The engine's one list of number words ({@code knowledge/number-words.tsv}): cardinals and ordinals with their
 * values. The grammar that reads them lives in {@code quantity/NumberWords}; readers in other stages (stopwords,
 * small counts) take their words from here, so a number word is listed once.
 */
public final class NumberNames {
    /** A number word, its value and the id of its entry. */
    public record Name(String id, String word, double value) {
    }

    private static final KnowledgeTable TABLE = KnowledgeTable.load("number-words", "word value kind", "word");
    private static final List<Name> CARDINALS = names("cardinal");
    private static final List<Name> ORDINALS = names("ordinal");

    private NumberNames() {
    }

    /** The cardinals ("zero" ... "trillion"), in the file's order. */
    public static List<Name> cardinals() {
        return CARDINALS;
    }

    /** The ordinals ("zeroth" ... "thousandth"), in the file's order. */
    public static List<Name> ordinals() {
        return ORDINALS;
    }

    /** The words of the cardinals whose value lies in [{@code from}, {@code to}], in the file's order. */
    public static List<String> cardinalWords(double from, double to) {
        return CARDINALS.stream().filter(n -> n.value() >= from && n.value() <= to).map(Name::word).toList();
    }

    /** The words of the ordinals whose value lies in [{@code from}, {@code to}], in the file's order. */
    public static List<String> ordinalWords(double from, double to) {
        return ORDINALS.stream().filter(n -> n.value() >= from && n.value() <= to).map(Name::word).toList();
    }

    private static List<Name> names(String kind) {
        TABLE.entries().stream().filter(e -> !e.get("kind").matches("cardinal|ordinal")).findFirst().ifPresent(e -> {
            throw new IllegalStateException(TABLE.name() + ": " + e.id() + " is neither a cardinal nor an ordinal");
        });
        return TABLE.entries(e -> e.get("kind").equals(kind)).stream()
                .map(e -> new Name(e.id(), e.get("word"), Double.parseDouble(e.get("value")))).toList();
    }
}
