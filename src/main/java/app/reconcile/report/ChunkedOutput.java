package app.reconcile.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Lets a renderer build its text in a {@link StringBuilder} as before and still write a large report as it
 * goes: between two parts (two facts, two articles), {@link #drainIfFull()} moves what has been built to the
 * writer once it passes {@link #CHUNK} characters. A report of tens of thousands of facts is then never held
 * whole in memory, let alone twice (the text and its UTF-8 bytes).
 */
final class ChunkedOutput {
    static final int CHUNK = 1 << 16;

    private final StringBuilder built;
    private final Writer out;

    ChunkedOutput(StringBuilder built, Writer out) {
        this.built = built;
        this.out = out;
    }

    void drainIfFull() throws IOException {
        if (built.length() >= CHUNK) {
            drain();
        }
    }

    void drain() throws IOException {
        out.append(built);
        built.setLength(0);
    }
}
