package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.QuantityValue;

/** Builds {@link QuantityValue}s with canonical strings: "12", "~3 h", "USD 200000000", "24-36 h", "5th". */
public final class QuantityValues {
    private static final long[] SECONDS = {604800, 86400, 3600, 60, 1};
    private static final String[] SECOND_UNITS = {"w", "d", "h", "min", "s"};

    private QuantityValues() {
    }

    public static QuantityValue of(String dimension, double amount, double amountHigh, Qualifier q, boolean ordinal) {
        String number = amountHigh > amount ? render(dimension, amount) + "-" + render(dimension, amountHigh)
                : render(dimension, amount);
        String canonical = switch (dimension) {
            case "" -> ordinal ? QuantityValue.format(amount) + "th" : number;
            case "%" -> number + "%";
            case "s", "mo" -> number;
            default -> dimension + " " + number;
        };
        canonical = q.symbol() + canonical;
        double low = q.low(amount);
        double high = q.high(amountHigh);
        return new QuantityValue(dimension, amount, amountHigh, low, high, ordinal, canonical);
    }

    /** One amount in its dimension, durations in the largest whole unit ("90 min", "3 h", "3.5 y"). */
    private static String render(String dimension, double amount) {
        if (dimension.equals("s")) {
            for (int i = 0; i < SECONDS.length; i++) {
                double n = amount / SECONDS[i];
                if (n >= 1 && Math.abs(n - Math.rint(n)) < 1e-9) {
                    return QuantityValue.format(Math.rint(n)) + " " + SECOND_UNITS[i];
                }
            }
            return QuantityValue.format(amount) + " s";
        }
        if (dimension.equals("mo")) {
            return amount % 12 == 0 || amount % 6 == 0 ? QuantityValue.format(amount / 12) + " y"
                    : QuantityValue.format(amount) + " mo";
        }
        return QuantityValue.format(amount);
    }
}
