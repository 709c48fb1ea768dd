package app.reconcile.io;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInSeedsAreFiveArticlesInNameOrder() {
        List<Article> seeds = new SeedCorpus().load();

        assertThat(seeds).extracting(Article::id).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(seeds).extracting(Article::source).isSorted().allMatch(s -> s.endsWith(".txt"));
        assertThat(seeds).allSatisfy(a -> {
            assertThat(a.text()).isNotBlank().doesNotContain("\r");
            assertThat(a.title()).isNotBlank().hasSizeLessThanOrEqualTo(TitleFinder.MAX_LENGTH + 1);
        });
    }

    @Test
    void seedTextsAreTheFileContentsExactly() throws Exception {
        Article first = new SeedCorpus().load().get(0);

        Path source = Path.of("seeds").resolve(first.source());
        assertThat(first.text()).isEqualTo(Files.readString(source, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void seedsAreFoundInsideAJarToo() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "app/Some.class", "not a seed");
            put(out, "seeds/b.txt", "Second\nbody");
            put(out, "seeds/a.txt", "First\nbody");
            put(out, "seeds/nested/c.txt", "not directly in seeds");
            put(out, "seeds/readme.pdf", "not an article type");
        }

        List<Article> seeds = new SeedCorpus(jar.toUri().toURL()).load();

        assertThat(seeds).extracting(Article::source).containsExactly("a.txt", "b.txt");
        assertThat(seeds).extracting(Article::id).containsExactly("a1", "a2");
    }

    @Test
    void aBuildWithoutSeedsFailsLoudly() throws Exception {
        Path emptyClasses = Files.createDirectory(dir.resolve("classes"));

        assertThatThrownBy(() -> new SeedCorpus(emptyClasses.toUri().toURL()).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no seed articles");
    }

    private static void put(JarOutputStream jar, String name, String content) throws Exception {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
