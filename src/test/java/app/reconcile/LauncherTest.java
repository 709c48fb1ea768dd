package app.reconcile;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    @Test
    void aLoneProjectFileFromAFileManagerOpensTheWorkbenchOnIt() {
        assertThat(Launcher.projectToOpen(new String[] {"/home/ed/Desk/Quake.JSON"}))
                .contains(Path.of("/home/ed/Desk/Quake.JSON"));
        assertThat(Launcher.projectToOpen(new String[] {"quake.json"})).hasValueSatisfying(p ->
                assertThat(p).isAbsolute().hasFileName("quake.json"));
    }

    @Test
    void subcommandsOptionsAndOtherFilesAreForTheCommandLine() {
        assertThat(Launcher.projectToOpen(new String[] {"analyze"})).isEmpty();
        assertThat(Launcher.projectToOpen(new String[] {"--version"})).isEmpty();
        assertThat(Launcher.projectToOpen(new String[] {"article.txt"})).isEmpty();
        assertThat(Launcher.projectToOpen(new String[] {"open", "p.json"})).isEmpty();
        assertThat(Launcher.projectToOpen(new String[] {"-x.json"})).isEmpty();
    }
}
