package app.reconcile.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;

/** Every format of the fixture project, byte for byte, against its reviewed golden file. */
class ReportGoldenTest {
    private final ReportExporter exporter = new ReportExporter(ReportFixtures.options());

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void rendersTheFixtureProjectExactlyAsTheGoldenFile(ReportFormat format) throws IOException {
        String rendered = exporter.render(ReportFixtures.project(), format);

        GoldenFiles.assertMatches("fixture." + format.extension(), rendered);
    }
}
