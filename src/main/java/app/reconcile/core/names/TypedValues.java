package app.reconcile.core.names;

import app.reconcile.core.Fact;
import app.reconcile.core.Variant;
import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.value.QuantityValue;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a value the editor typed against the values a fact already states, so that typing "two" for a
 * fact whose articles say "2" and "Four" adopts the stated 2 rather than storing a custom "two".
 */
public final class TypedValues {
    private static final NumberWords NUMBER_WORDS = new NumberWords();

    private TypedValues() {
    }

    /** The stated value {@code typed} means: same normalised value, same surface text, or the same number. */
    public static Optional<Variant> match(Fact fact, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        Optional<String> number = number(t);
        for (Variant v : fact.variants()) {
            if (v.value().equalsIgnoreCase(t) || v.display().strip().equalsIgnoreCase(t)
                    || v.mentions().stream().anyMatch(m -> m.text().strip().toLowerCase(Locale.ROOT).equals(lower))) {
                return Optional.of(v);
            }
        }
        if (number.isPresent()) {
            for (Variant v : fact.variants()) {
                if (number.get().equals(v.value()) || number.equals(number(v.value()))) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** "two", "2", "2.0" and "1,200" as one canonical spelling; empty when {@code text} is not a plain number. */
    static Optional<String> number(String text) {
        String t = text.strip().replace(",", "");
        try {
            return Optional.of(QuantityValue.format(Double.parseDouble(t)));
        } catch (NumberFormatException e) {
            OptionalDouble words = NUMBER_WORDS.parse(t);
            return words.isPresent() ? Optional.of(QuantityValue.format(words.getAsDouble())) : Optional.empty();
        }
    }
}
