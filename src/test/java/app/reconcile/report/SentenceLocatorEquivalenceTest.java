package app.reconcile.report;

import app.reconcile.core.analysis.bench.HostileCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass {@link SentenceLocator} finds exactly the sentences the old one did (ICU's {@code preceding} and
 * {@code following} on every call, {@link IcuSentenceLocatorReference}): for every word, every pair of
 * neighbouring words, and empty and out-of-range spans, on the seed articles, the real texts of the
 * evaluation corpora and a run-on line. Page furniture is left out of the comparison (no spans given): the
 * reference predates that rule, which {@code SentenceLocatorTest} covers.
 */
class SentenceLocatorEquivalenceTest {
    private static final Pattern WORD = Pattern.compile("\\S+");

    static Stream<Path> texts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Path.of("seeds"), Path.of("src/test/resources/eval"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        assertThat(out).hasSizeGreaterThan(100);
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void findsTheSameSentencesAsTheIcuCallsOnRealText(Path file) {
        assertSameSentences(read(file));
    }

    @org.junit.jupiter.api.Test
    void findsTheSameSentencesInARunOnLine() {
        String line = new HostileCorpus(5).oneLinePair(20_000).get(0).text();
        assertSameSentences(line + "\nA second line. With two sentences, Dr. Who said.\n\n  Indented  \n");
    }

    private static void assertSameSentences(String text) {
        SentenceLocator located = new SentenceLocator(text, SentenceLocator.sentenceIterator(), List.of());
        IcuSentenceLocatorReference reference = new IcuSentenceLocatorReference(text);
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousStart = -1;
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            if (previousStart >= 0) {
                spans.add(new int[] {previousStart, m.end()});
            }
            previousStart = m.start();
        }
        for (int at = 0; at <= text.length(); at += 7) {
            spans.add(new int[] {at, at});
        }
        spans.add(new int[] {-5, 3});
        spans.add(new int[] {text.length() - 2, text.length() + 10});
        spans.add(new int[] {text.length() + 1, text.length() + 4});
        for (int[] span : spans) {
            assertThat(located.around(span[0], span[1]))
                    .as("the sentence around [%d, %d)", span[0], span[1])
                    .isEqualTo(reference.around(span[0], span[1]));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
