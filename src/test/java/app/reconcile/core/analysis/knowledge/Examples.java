package app.reconcile.core.analysis.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The example corpus of a knowledge file ({@code src/test/resources/knowledge/<name>.txt}), one example a line:
 * <ul>
 *   <li>{@code + INPUT => EXPECTED}: the reader of the file, given INPUT, answers EXPECTED;</li>
 *   <li>{@code + INPUT}: it answers anything but nothing;</li>
 *   <li>{@code - INPUT}: it answers nothing (the empty string);</li>
 *   <li>{@code - INPUT => OTHER}: it answers anything but OTHER.</li>
 * </ul>
 * {@code #} starts a comment. In INPUT, {@code [...]} marks the value a reader is asked about ("killing [12]
 * people"); readers that take a whole sentence or word ignore the brackets' absence.
 */
public record Examples(String name, List<Example> examples) {
    /** One line of a corpus. */
    public record Example(int line, boolean positive, String input, String expected) {
        /** What is wrong with {@code actual} as the answer to this example, or null when nothing is. */
        public String failure(String actual) {
            String a = actual == null ? "" : actual;
            if (positive && expected != null && !a.equals(expected)) {
                return "expected '" + expected + "' but the reader answered '" + a + "'";
            }
            if (positive && expected == null && a.isEmpty()) {
                return "expected an answer but the reader answered nothing";
            }
            if (!positive && expected == null && !a.isEmpty()) {
                return "expected no answer but the reader answered '" + a + "'";
            }
            if (!positive && expected != null && a.equals(expected)) {
                return "expected any answer but '" + expected + "'";
            }
            return null;
        }

        /** The failure of {@code probe} on this example, or null. */
        public String check(Function<String, String> probe) {
            return failure(probe.apply(input));
        }

        @Override
        public String toString() {
            return (positive ? "+ " : "- ") + input + (expected == null ? "" : " => " + expected);
        }
    }

    public static final Path DIRECTORY = Path.of("src/test/resources/knowledge");

    public static Examples read(String name) {
        Path file = DIRECTORY.resolve(name + ".txt");
        try {
            return parse(name, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Examples parse(String name, List<String> lines) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (!l.startsWith("+ ") && !l.startsWith("- ")) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": an example starts with '+ ' or '- '");
            }
            String body = l.substring(2);
            int arrow = body.lastIndexOf(" => ");
            String input = arrow < 0 ? body.strip() : body.substring(0, arrow).strip();
            String expected = arrow < 0 ? null : body.substring(arrow + 4).strip();
            out.add(new Example(i + 1, l.startsWith("+"), input, expected));
        }
        return new Examples(name, List.copyOf(out));
    }

    public long positives() {
        return examples.stream().filter(Example::positive).count();
    }

    public long negatives() {
        return examples.stream().filter(e -> !e.positive()).count();
    }

    /** An input with a value marked by brackets: the text without them, and the value's span in it. */
    public record Marked(String text, int from, int to) {
        public static Marked of(String input) {
            int open = input.indexOf('[');
            int close = input.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                throw new IllegalArgumentException("mark the value with [...]: " + input);
            }
            String text = input.substring(0, open) + input.substring(open + 1, close) + input.substring(close + 1);
            return new Marked(text, open, close - 1);
        }

        public String before() {
            return text.substring(0, from);
        }

        public String value() {
            return text.substring(from, to);
        }

        public String after() {
            return text.substring(to);
        }
    }
}
