package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.value.QuantityValue;

/** Builds {@link QuantityValue}s with canonical strings: "12", "~3 h", "USD 200000000", "24-36 h", "5th", "3rd". */
public final class QuantityValues {
    private static final long[] SECONDS = {86400, 3600, 60, 1};
    private static final String[] SECOND_UNITS = {"d", "h", "min", "s"};

    private QuantityValues() {
    }

    public static QuantityValue of(String dimension, double amount, double amountHigh, Qualifier q, boolean ordinal) {
        String number = amountHigh > amount ? renderRange(dimension, amount, amountHigh) : render(dimension, amount);
        String canonical = switch (dimension) {
            case "" -> ordinal ? QuantityValue.format(amount) + ordinalSuffix(amount) : number;
            case "%" -> number + "%";
            case "pp" -> number + " pp";
            case "s", "mo" -> number;
            default -> dimension + " " + number;
        };
        canonical = q.symbol() + canonical;
        double low = q.low(amount);
        double high = q.high(amountHigh);
        return new QuantityValue(dimension, amount, amountHigh, low, high, ordinal, canonical);
    }

    /**
     * A measurement stated in {@code unit}, in the base unit of its dimension: "1.2 km" and "1,200 metres" are
     * both {@code 1200 m}, "about 20,000 acres" {@code ~8093.71 ha}. Its loose interval is what the figure may
     * stand for once rounded to its precision ({@link Qualifier#APPROXIMATE}), so that a conversion printed
     * by one outlet meets the original of another.
     */
    public static QuantityValue measured(Units.Unit unit, double amount, double amountHigh, Qualifier q) {
        double base = toBase(unit, amount);
        double baseHigh = toBase(unit, amountHigh);
        String dimension = unit.dimension();
        String number = baseHigh > base ? render(dimension, base) + "-" + render(dimension, baseHigh)
                : render(dimension, base);
        String canonical = q.symbol() + number + " " + dimension;
        double looseLow = Math.min(q.low(amount), Qualifier.APPROXIMATE.low(amount));
        double looseHigh = Math.max(q.high(amountHigh), Qualifier.APPROXIMATE.high(amountHigh));
        return new QuantityValue(dimension, base, baseHigh, unit.toBase(q.low(amount)), unit.toBase(q.high(amountHigh)),
                false, canonical, unit.symbol(), unit.toBase(looseLow), unit.toBase(looseHigh));
    }

    /** In the base unit, to nine significant digits: "1.2 km" is exactly 1200 m, 111 °F is 43.8888889 °C. */
    private static double toBase(Units.Unit unit, double amount) {
        double base = unit.toBase(amount);
        if (Double.isInfinite(base) || base == 0) {
            return base;
        }
        return new java.math.BigDecimal(base).round(new java.math.MathContext(9)).doubleValue();
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st". */
    private static String ordinalSuffix(double amount) {
        long n = (long) amount;
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** "24 h-36 h": both ends in the largest unit that measures both exactly. */
    private static String renderRange(String dimension, double low, double high) {
        if (dimension.equals("s")) {
            for (int i = 0; i < SECONDS.length; i++) {
                double a = low / SECONDS[i];
                double b = high / SECONDS[i];
                if (a >= 1 && Math.abs(a - Math.rint(a)) < 1e-9 && Math.abs(b - Math.rint(b)) < 1e-9) {
                    return QuantityValue.format(a) + " " + SECOND_UNITS[i] + "-" + QuantityValue.format(b) + " " + SECOND_UNITS[i];
                }
            }
        }
        return render(dimension, low) + "-" + render(dimension, high);
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
