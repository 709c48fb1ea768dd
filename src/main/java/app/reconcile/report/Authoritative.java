package app.reconcile.report;

/**
 * The value a fact is settled on.
 *
 * @param value   the normalised value ("2", "USD 200000000")
 * @param display how it reads in the report ("two")
 * @param custom  true when the editor typed it rather than picking a stated version
 * @param basis   {@link #DECISION} (the editor chose it) or {@link #AGREEMENT} (every source states it alike)
 */
public record Authoritative(String value, String display, boolean custom, String basis) {
    public static final String DECISION = "decision";
    public static final String AGREEMENT = "agreement";
}
