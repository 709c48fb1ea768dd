package app.reconcile.io;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedReadTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 100, 65_536, 65_537, 200_000})
    void aFileUpToTheLimitIsReadWhole(int size) throws Exception {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) i;
        }
        Path file = Files.write(dir.resolve("f"), content);

        assertThat(BoundedRead.readAtMost(file, Math.max(size, 1))).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 65_536, 65_537})
    void oneByteOverTheLimitIsRefusedWithTheReportedSize(int limit) throws Exception {
        Path file = Files.write(dir.resolve("f"), new byte[limit + 1]);

        assertThatThrownBy(() -> BoundedRead.readAtMost(file, limit))
                .isInstanceOfSatisfying(BoundedRead.TooLargeException.class,
                        e -> assertThat(e.knownSize()).isEqualTo(limit + 1));
    }
}
