package app.reconcile.ui.common;

import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;

/** Every CSS style class the Java code sets, defined once; reconcile.css styles exactly these names. */
public final class StyleClasses {
    public static final String CONFLICT = "rc-conflict";
    public static final String COMPATIBLE = "rc-compatible";
    public static final String AGREE = "rc-agree";
    public static final String UNRESOLVED = "rc-unresolved";
    public static final String RESOLVED = "rc-resolved";
    public static final String DISMISSED = "rc-dismissed";
    public static final String SELECTED = "rc-selected";
    /** A decided conflict: the mention that states the authoritative value. */
    public static final String CHOSEN_VALUE = "rc-chosen-value";
    /** A decided conflict: a mention whose value was not adopted (struck through). */
    public static final String REJECTED_VALUE = "rc-rejected-value";
    public static final String RULER = "rc-ruler";
    public static final String RULER_MARK = "rc-ruler-mark";
    public static final String RULER_VIEWPORT = "rc-ruler-viewport";
    public static final String LEGEND_SAMPLE = "rc-legend-sample";
    public static final String HELP_KEY = "rc-help-key";
    public static final String FOCUS_STRIP = "rc-focus-strip";
    /** Lines the analysis skipped as page furniture, shown dimmed. */
    public static final String BOILERPLATE = "rc-boilerplate";

    public static final String ARTICLE_PANE = "rc-article-pane";
    public static final String ARTICLE_HEADER = "rc-article-header";
    public static final String ARTICLE_SUBTITLE = "rc-article-subtitle";
    public static final String ARTICLE_TEXT = "rc-article-text";
    public static final String FACT_CELL = "rc-fact-cell";
    public static final String FACT_BADGE = "rc-fact-badge";
    public static final String FACT_SUMMARY = "rc-fact-summary";
    public static final String DECISION_PANEL = "rc-decision-panel";
    public static final String DECISION_CONTENT = "rc-decision-content";
    public static final String DECISION_TITLE = "rc-decision-title";
    public static final String DECISION_META = "rc-decision-meta";
    public static final String VARIANT_BUTTON = "rc-variant-button";
    public static final String SUGGESTED = "rc-suggested";
    public static final String CHOSEN = "rc-chosen";
    public static final String SECTION_LABEL = "rc-section-label";
    public static final String HINT = "rc-hint";
    public static final String NUMBER_COLUMN = "rc-number-column";
    public static final String SCOREBOARD_CHART = "rc-scoreboard-chart";

    private StyleClasses() {
    }

    public static String of(Verdict verdict) {
        return switch (verdict) {
            case CONFLICT -> CONFLICT;
            case COMPATIBLE -> COMPATIBLE;
            case AGREE -> AGREE;
        };
    }

    public static String of(ResolutionStatus status) {
        return switch (status) {
            case UNRESOLVED -> UNRESOLVED;
            case RESOLVED -> RESOLVED;
            case DISMISSED -> DISMISSED;
        };
    }
}
