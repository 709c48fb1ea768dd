package app.reconcile.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, "Writes": every write replaces only a regular file, keeps its owner and mode, names the user's
 * path when it fails, fits the temp name into the file-system's limit and leaves no temp file for long.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileWritesTest {
    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    @Test
    void aDeviceNodeIsRefusedAndStaysADevice() throws Exception {
        Path device = SpecialFiles.nullDevice(dir.resolve("null"));

        assertThatThrownBy(() -> writeNew(device))
                .isInstanceOf(FileSystemException.class).hasMessage(device + ": not a regular file");

        assertThat(SpecialFiles.isSpecial(device)).isTrue();
        assertThat(listing()).containsExactly(device);
    }

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.json"));

        assertThatThrownBy(() -> writeNew(fifo)).hasMessage(fifo + ": not a regular file");

        assertThat(SpecialFiles.isSpecial(fifo)).isTrue();
    }

    @Test
    void aSymbolicLinkToAFifoIsRefusedAndBothStay() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), fifo);

        assertThatThrownBy(() -> writeNew(link)).hasMessage(link + ": not a regular file");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(SpecialFiles.isSpecial(fifo)).isTrue();
    }

    @Test
    void aLinkToNothingIsRefusedRatherThanReplacedByAFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("gone.json"));

        assertThatThrownBy(() -> writeNew(link))
                .hasMessage(link + ": it is a symbolic link to a file that does not exist");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("gone.json")).doesNotExist();
    }

    @Test
    void aFolderIsRefusedByTheUsersPathNotTheTempFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("outdir"));
        Path asGiven = Path.of(dir.toString(), ".", "outdir");

        assertThatThrownBy(() -> writeNew(asGiven))
                .hasMessage(asGiven + ": this is a folder, not a file");

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFailureWhileWritingNamesTheUsersPath() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old");

        // what write(2) reports on a full disk, with no file name of its own
        assertThatThrownBy(() -> writer.write(target, out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(FileSystemException.class).hasMessage(target + ": No space left on device");

        assertThat(target).hasContent("old");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aValidNameOf250CharactersCanBeWritten() throws Exception {
        Path target = dir.resolve("r".repeat(245) + ".html");

        writer.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aValidNameOf250BytesOfAccentedLettersCanBeWritten() throws Exception {
        Path target = dir.resolve("é".repeat(122) + "x.json"); // 244 + 6 bytes in UTF-8

        writer.write(target, out -> out.write('1'));

        assertThat(target).hasContent("1");
    }

    @Test
    void theModeOfAReplacedFileIsKept() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        writer.write(target, out -> out.write('1'));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void theOwnerGroupAndModeOfAnotherUsersFileAreKept() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal nogroup = users.lookupPrincipalByGroupName("nogroup");
        Path target = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setOwner(target, nobody);
        Files.getFileAttributeView(target, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(nogroup);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        writer.write(target, out -> out.write('1'));

        PosixFileAttributes after = Files.readAttributes(target, PosixFileAttributes.class);
        assertThat(after.owner()).isEqualTo(nobody);
        assertThat(after.group()).isEqualTo(nogroup);
        assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-r-----");
        assertThat(target).hasContent("1");
    }

    @Test
    void staleTempFilesOfAnyTargetInTheFolderGoOnTheNextWrite() throws Exception {
        Path target = dir.resolve("report.html");
        Path staleOfOther = Files.writeString(dir.resolve(".project.json.5230-18a3f0c2e4-1.tmp"), "half");
        Path staleOfSame = Files.writeString(dir.resolve(".report.html.77-ff01-3.tmp"), "half");
        Path recent = Files.writeString(dir.resolve(".project.json.5231-18a3f0c2e5-1.tmp"), "in progress");
        Path notOurs = Files.writeString(dir.resolve(".editor-swap.tmp"), "someone else's");
        for (Path old : List.of(staleOfOther, staleOfSame, notOurs)) {
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        }

        writer.write(target, out -> out.write(1));

        assertThat(listing()).containsExactlyInAnyOrder(target, recent, notOurs);
    }

    @Test
    void aWriteStoppedBySigtermLeavesNoTempFile() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), StoppedWriter.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(listing()).hasSize(2);

            child.destroy();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(listing()).containsExactly(target);
        assertThat(target).hasContent("old");
    }

    private void writeNew(Path target) throws IOException {
        writer.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
