package app.reconcile.ui.common;

import app.reconcile.report.ReportFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The editor's settings that survive a restart, stored with {@link java.util.prefs}. The node is
 * injected so tests use a throw-away one; {@link #defaultNode()} reads the system property
 * {@code reconcile.prefs.node}.
 */
public final class UiPreferences {
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String RECENT = "recent.";
    private static final String LAST_FOLDER = "last.folder";
    private static final String AUTHOR = "author";
    private static final String AUTO_ADVANCE = "auto.advance";
    private static final String SCROLL_IN_STEP = "scroll.in.step";
    private static final String REPORT_FORMAT = "report.format";
    private static final String PANE_LAYOUT = "pane.layout";
    private static final int MAX_RECENT = 8;

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static Preferences defaultNode() {
        return Preferences.userRoot().node(System.getProperty("reconcile.prefs.node", "app/reconcile"));
    }

    public double windowWidth() {
        return node.getDouble(WIDTH, 1400);
    }

    public double windowHeight() {
        return node.getDouble(HEIGHT, 860);
    }

    public void rememberWindowSize(double width, double height) {
        node.putDouble(WIDTH, width);
        node.putDouble(HEIGHT, height);
    }

    /**
     * Where the divider of the named split pane was left (0..1), or {@code fallback}. A stored value outside
     * the range that keeps both sides visible is ignored: a pane collapsed to nothing looks like a bug.
     */
    public double dividerPosition(String split, double fallback) {
        double stored = node.getDouble("divider." + split, fallback);
        return stored >= 0.05 && stored <= 0.95 ? stored : fallback;
    }

    public void rememberDividerPosition(String split, double position) {
        node.putDouble("divider." + split, position);
    }

    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                out.add(Path.of(value));
            }
        }
        return out;
    }

    /** Puts {@code file} first, dropping a duplicate and the oldest beyond the limit. */
    public void addRecentProject(Path file) {
        List<Path> recent = new ArrayList<>(recentProjects());
        Path absolute = file.toAbsolutePath();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put(RECENT + i, recent.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        rememberFolderOf(absolute);
    }

    public Optional<Path> lastFolder() {
        return Optional.ofNullable(node.get(LAST_FOLDER, null)).map(Path::of);
    }

    public void rememberFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            node.put(LAST_FOLDER, parent.toString());
        }
    }

    /**
     * The name decisions are signed with; empty until the editor gives one. Not the operating-system user:
     * "root" or "jdoe" in a report says nothing about who decided ({@link AuthorPrompt} asks once).
     */
    public String authorName() {
        return node.get(AUTHOR, "");
    }

    public void setAuthorName(String name) {
        node.put(AUTHOR, name);
    }

    /** Whether picking a value by key moves on to the next unresolved conflict. */
    public boolean autoAdvance() {
        return node.getBoolean(AUTO_ADVANCE, true);
    }

    public void setAutoAdvance(boolean on) {
        node.putBoolean(AUTO_ADVANCE, on);
    }

    /** Whether scrolling one article pane scrolls the others to the same relative position. */
    public boolean scrollInStep() {
        return node.getBoolean(SCROLL_IN_STEP, false);
    }

    public void setScrollInStep(boolean on) {
        node.putBoolean(SCROLL_IN_STEP, on);
    }

    /** The format of the last exported report (HTML before the first export, or if the stored name is unknown). */
    public ReportFormat lastReportFormat() {
        String name = node.get(REPORT_FORMAT, ReportFormat.HTML.name());
        try {
            return ReportFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ReportFormat.HTML;
        }
    }

    public void setLastReportFormat(ReportFormat format) {
        node.put(REPORT_FORMAT, format.name());
    }

    /** The article layout the editor chose last (a {@code PaneLayout} name); "AUTOMATIC" at first. */
    public String paneLayout() {
        return node.get(PANE_LAYOUT, "AUTOMATIC");
    }

    public void setPaneLayout(String layout) {
        node.put(PANE_LAYOUT, layout);
    }
}
