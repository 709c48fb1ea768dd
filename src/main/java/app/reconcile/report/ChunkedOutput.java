package app.reconcile.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Lets a renderer build its text in a {@link StringBuilder} as before and still write a large report as it
 * goes: between two parts (two facts, two articles), {@link #drainIfFull()} moves what has been built to the
 * writer once it passes the chunk size. A report of tens of thousands of facts is then never held whole in
 * memory, let alone twice (the text and its UTF-8 bytes). The renderers' code stays plain
 * {@code StringBuilder} appends, which cannot fail, instead of a {@link Writer}'s, which can at every call.
 */
final class ChunkedOutput {
    /** Characters: large enough that a drain is rare next to the appends, small next to any heap. */
    static final int CHUNK = 1 << 16;

    private final StringBuilder built;
    private final Writer out;
    private final int chunk;

    ChunkedOutput(Writer out) {
        this(out, CHUNK);
    }

    /** A smaller {@code chunk} (down to 1: drain at every part) lets tests cross every drain point. */
    ChunkedOutput(Writer out, int chunk) {
        this.built = new StringBuilder(Math.min(chunk, CHUNK) + 16_384);
        this.out = out;
        this.chunk = chunk;
    }

    /** Where a renderer appends its text. */
    StringBuilder text() {
        return built;
    }

    void drainIfFull() throws IOException {
        if (built.length() >= chunk) {
            drain();
        }
    }

    /** Writes what has been built; the renderer calls it once more at the end. */
    void drain() throws IOException {
        out.append(built);
        built.setLength(0);
    }
}
