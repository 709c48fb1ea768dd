package app.reconcile.core.analysis.quantity;

import java.util.Locale;
import java.util.Map;

/**
 * Currency symbols, ISO codes and currency words as they appear around amounts, each read to an ISO code so
 * that "$1.5m" and "1.5 million dollars", or "SEK 5.2 billion" and "5.2 billion Swedish crowns", meet.
 * Amounts in different currencies are never compared (no exchange rates).
 */
final class Currencies {
    /** Regex alternatives for a symbol or code written before the number ("US$", "S/", "SEK "). */
    static final String BEFORE = "US\\$|R\\$|\\$|£|€|₱|S/\\s?|(?:USD|EUR|GBP|SEK|NOK|DKK|CHF|JPY|INR|CNY|PEN|BRL|ZAR)\\s?";
    /** Regex alternatives for a word or code written after the number ("dollars", "kronor", "SEK"). */
    static final String AFTER = "dollars?|euros?|pounds?|roubles?|rubles?|hryvnias?|yuan|rupees?|(?:Swedish\\s+)?(?:crowns|kronor|krona)"
            + "|soles|yen|reais|(?:Swiss\\s+)?francs|rand|pence|lira|naira|shekels?|zlotys?|forints?|rupiah|ringgit"
            + "|dinars?|dirhams?|riyals?|pesos?"
            + "|USD|EUR|GBP|SEK|NOK|DKK|CHF|JPY|INR|CNY|PEN|BRL|ZAR";

    /**
     * The peso sign is read as the peso word is ("1.2 billion pesos"): reports of one story write the sum both
     * ways, and the word stands for whichever country's peso the story is about.
     */
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "US$", "USD", "£", "GBP", "€", "EUR",
            "S/", "PEN", "R$", "BRL", "₱", "PESO");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("dollar", "USD"), Map.entry("euro", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"), Map.entry("hryvnia", "UAH"),
            Map.entry("yuan", "CNY"), Map.entry("rupee", "INR"), Map.entry("crown", "SEK"), Map.entry("kronor", "SEK"),
            Map.entry("krona", "SEK"), Map.entry("sole", "PEN"), Map.entry("yen", "JPY"), Map.entry("reai", "BRL"),
            Map.entry("franc", "CHF"), Map.entry("rand", "ZAR"), Map.entry("pence", "GBP"), Map.entry("lira", "TRY"),
            Map.entry("naira", "NGN"), Map.entry("shekel", "ILS"), Map.entry("zloty", "PLN"), Map.entry("forint", "HUF"),
            Map.entry("rupiah", "IDR"), Map.entry("ringgit", "MYR"),
            // several countries use these: the word itself stands for the currency, so amounts still meet
            Map.entry("dinar", "DINAR"), Map.entry("dirham", "DIRHAM"), Map.entry("riyal", "RIYAL"),
            Map.entry("peso", "PESO"));

    private Currencies() {
    }

    /** How many units of an amount make one unit of its currency: pence are hundredths of a pound ("4.2p"). */
    static double subunits(String after) {
        return after != null && after.strip().equalsIgnoreCase("pence") ? 100 : 1;
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
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        return WORDS.getOrDefault(last, WORDS.getOrDefault(singular, ""));
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
