package app.reconcile.ui.common;

import app.reconcile.report.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class UiPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("reconcile-test/" + UUID.randomUUID());
    private final UiPreferences preferences = new UiPreferences(node);

    @AfterEach
    void drop() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void paneDividersAreRememberedPerSplit() {
        preferences.rememberDividerPosition("main", 0.31);

        assertThat(preferences.dividerPosition("main", 0.22)).isEqualTo(0.31);
        assertThat(preferences.dividerPosition("side", 0.47)).isEqualTo(0.47);
    }

    @Test
    void aDividerThatWouldHideAPaneFallsBackToTheDefault() {
        preferences.rememberDividerPosition("main", 0.0);

        assertThat(preferences.dividerPosition("main", 0.22)).isEqualTo(0.22);
    }

    @Test
    void theMostRecentProjectComesFirstWithoutDuplicates() {
        preferences.addRecentProject(Path.of("/p/a.json"));
        preferences.addRecentProject(Path.of("/p/b.json"));
        preferences.addRecentProject(Path.of("/p/a.json"));

        assertThat(preferences.recentProjects()).containsExactly(Path.of("/p/a.json"), Path.of("/p/b.json"));
    }

    @Test
    void onlyTheEightMostRecentProjectsAreKept() {
        for (int i = 0; i < 10; i++) {
            preferences.addRecentProject(Path.of("/p/" + i + ".json"));
        }

        assertThat(preferences.recentProjects()).hasSize(8).startsWith(Path.of("/p/9.json"));
    }

    @Test
    void openingAProjectRemembersItsFolder() {
        preferences.addRecentProject(Path.of("/p/q/a.json"));

        assertThat(preferences.lastFolder()).contains(Path.of("/p/q"));
    }

    @Test
    void theAuthorIsEmptyUntilTheEditorGivesOneNotTheSystemUser() {
        assertThat(preferences.authorName()).isEmpty();
    }

    @Test
    void settingsSurviveANewInstanceOnTheSameNode() {
        preferences.setAutoAdvance(false);
        preferences.setAuthorName("Ada");
        preferences.rememberWindowSize(1000, 700);

        UiPreferences again = new UiPreferences(node);

        assertThat(again.autoAdvance()).isFalse();
        assertThat(again.authorName()).isEqualTo("Ada");
        assertThat(again.windowWidth()).isEqualTo(1000);
    }

    @Test
    void theReportFormatDefaultsToHtmlAndIsRemembered() {
        assertThat(preferences.lastReportFormat()).isEqualTo(ReportFormat.HTML);

        preferences.setLastReportFormat(ReportFormat.TEI);

        assertThat(preferences.lastReportFormat()).isEqualTo(ReportFormat.TEI);
    }

    @Test
    void scrollInStepIsOffUntilSwitchedOn() {
        assertThat(preferences.scrollInStep()).isFalse();

        preferences.setScrollInStep(true);

        assertThat(preferences.scrollInStep()).isTrue();
    }
}
