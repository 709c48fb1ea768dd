package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Currency symbols, ISO codes and currency words as they appear around amounts, each read to an ISO code so
 * that "$1.5m" and "1.5 million dollars", or "SEK 5.2 billion" and "5.2 billion Swedish crowns", meet.
 * Amounts in different currencies are never compared (no exchange rates).
 */
final class Currencies {
    /** The currencies ({@code knowledge/currencies.tsv}): spelling, ISO code, kind, form, qualifier. */
    private static final KnowledgeTable TABLE = checked(KnowledgeTable.load("currencies",
            "spelling code kind form qualifier", "spelling"));
    private static final String SYMBOL = "symbol";
    private static final String CODE = "code";
    private static final String WORD = "word";
    /** Regex alternatives for a symbol or code written before the number ("US$", "S/", "SEK "). */
    static final String BEFORE = TABLE.entries(e -> !e.get("kind").equals(WORD)).stream()
            .map(e -> Alternation.literal(e.get("spelling"))
                    + (e.get("kind").equals(CODE) || e.get("form").equals("spaced") ? "\\s?" : ""))
            .collect(Collectors.joining("|"));
    /** Regex alternatives for a word or code written after the number ("dollars", "kronor", "SEK"). */
    static final String AFTER = TABLE.entries(e -> !e.get("kind").equals(SYMBOL)).stream()
            .map(e -> (e.optional("qualifier").isEmpty() ? "" : "(?:" + Alternation.literal(e.get("qualifier")) + "\\s+)?")
                    + Alternation.literal(e.get("spelling")) + (e.get("form").equals("plural") ? "s?" : ""))
            .collect(Collectors.joining("|"));

    /** Symbols and codes written before an amount, upper case, to their currency. */
    private static final Map<String, String> SYMBOLS = TABLE.entries(e -> !e.get("kind").equals(WORD)).stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.get("spelling").toUpperCase(Locale.ROOT), e -> e.get("code")));
    /** Currency words, singular and lower case ("dollar", "crown", "kronor"), to their currency. */
    private static final Map<String, String> WORDS = TABLE.entries(e -> e.get("kind").equals(WORD)).stream()
            .collect(Collectors.toUnmodifiableMap(e -> singular(e.get("spelling").toLowerCase(Locale.ROOT)),
                    e -> e.get("code")));
    /** Pence are hundredths of a pound ("4.2p", "99 pence"). */
    private static final String PENCE = "pence";

    private Currencies() {
    }

    /** How many units of an amount make one unit of its currency: pence are hundredths of a pound ("4.2p"). */
    static double subunits(String after) {
        return after != null && after.strip().equalsIgnoreCase(PENCE) ? 100 : 1;
    }

    /** The ISO code of the symbol before and/or the word after an amount, or "" when neither names a currency. */
    static String code(String before, String after) {
        if (before != null && !before.isBlank()) {
            String s = before.strip().toUpperCase(Locale.ROOT);
            return SYMBOLS.getOrDefault(s, s);
        }
        if (after == null || after.isBlank()) {
            return "";
        }
        String w = after.strip();
        if (w.length() == 3 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String last = lower.substring(lastWhitespace(lower) + 1);
        return WORDS.getOrDefault(last, WORDS.getOrDefault(singular(last), ""));
    }

    /** A currency word without its plural s ("crowns" to "crown"; "pence" stays). */
    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static KnowledgeTable checked(KnowledgeTable table) {
        table.entries(e -> !e.get("kind").matches("symbol|code|word")).stream().findFirst().ifPresent(e -> {
            throw new IllegalStateException(table.name() + ": " + e.id() + " is no symbol, code nor word");
        });
        return table;
    }

    /** Index of the last regex {@code \\s} character ({@code [ \\t\\n\\x0B\\f\\r]}), -1 when there is none. */
    private static int lastWhitespace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
