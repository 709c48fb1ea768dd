package app.reconcile.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    @Test
    void aFailureHalfWayLeavesTheOldFileWholeAndNoTempFile() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old content");

        assertThatThrownBy(() -> writer.write(target, out -> {
            out.write("new content, half written".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage(target + ": disk full");

        assertThat(target).hasContent("old content");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aRuntimeFailureInTheContentAlsoLeavesNoTrace() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old content");

        assertThatThrownBy(() -> writer.write(target, out -> {
            throw new IllegalStateException("serialisation failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("old content");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aFailedFirstSaveCreatesNoFile() throws Exception {
        Path target = dir.resolve("new.json");

        assertThatThrownBy(() -> writer.write(target, out -> {
            throw new IOException("no");
        }));

        assertThat(listing()).isEmpty();
    }

    @Test
    void aTargetThatCannotBeReplacedKeepsItsContentAndLeavesNoTempFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("project.json"));
        Files.writeString(target.resolve("inside.txt"), "kept");

        assertThatThrownBy(() -> writer.write(target, out -> out.write(1))).isInstanceOf(IOException.class);

        assertThat(target.resolve("inside.txt")).hasContent("kept");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aSuccessfulWriteReplacesTheContent() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old");

        writer.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void textIsWrittenAsUtf8WithTheBytesOfTheSameTextEncodedAtOnce() throws Exception {
        Path target = dir.resolve("report.html");
        // the pair split across two writes, and a lone high surrogate at the very end
        String text = "caf\u00e9 \u2014 \ud83d" + "\ude00 lone \udc00 end \ud83d";

        writer.writeText(target, out -> {
            out.write(text, 0, 13);
            out.write(text, 13, text.length() - 13);
        });

        assertThat(Files.readAllBytes(target)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aTextFailureHalfWayWithPartOfItOnDiskLeavesTheOldFileWholeAndNoTempFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.html"), "old report");
        long[] onDisk = {0};

        assertThatThrownBy(() -> writer.writeText(target, out -> {
            String line = "<p>" + "x".repeat(1_000) + "</p>\n";
            for (int i = 0; i < 500; i++) {
                out.write(line);
            }
            onDisk[0] = tempFileBytes(target);
            throw new IOException("No space left on device");
        })).hasMessage(target + ": No space left on device");

        assertThat(onDisk[0]).as("bytes already in the temp file when the write failed").isPositive();
        assertThat(target).hasContent("old report");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aMissingDirectoryFailsWithoutCreatingIt() {
        Path target = dir.resolve("missing").resolve("project.json");

        assertThatThrownBy(() -> writer.write(target, out -> out.write(1))).isInstanceOf(IOException.class);

        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSymbolicLinkIsFollowedAndKept() throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("project.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        writer.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theOldFilesPermissionsAreKept() throws Exception {
        Path target = Files.writeString(dir.resolve("project.json"), "old");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(target, ownerOnly);

        writer.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(ownerOnly);
    }

    @Test
    void staleTempFilesAreRemovedAfterAWriteButRecentOnesStay() throws Exception {
        Path target = dir.resolve("project.json");
        Path stale = Files.writeString(dir.resolve(".project.json.4242-18a3f0c2e4-1.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path recent = Files.writeString(dir.resolve(".project.json.4243-18a3f0c2e5-1.tmp"), "in progress");

        writer.write(target, out -> out.write(1));

        assertThat(listing()).containsExactlyInAnyOrder(target, recent);
    }

    private long tempFileBytes(Path target) throws IOException {
        long bytes = 0;
        for (Path p : listing()) {
            if (!p.equals(target)) {
                bytes += Files.size(p);
            }
        }
        return bytes;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
