package app.reconcile.cli;

import app.reconcile.core.analysis.Analyzer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The command line as {@code reconcile} runs it, with the built-in engine, and what it prints to standard output
 * and standard error kept for the test to read. One per test: JUnit makes a new test instance for each.
 */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Cli cli;

    /** A command line whose {@code open} command does nothing. */
    CliRun() {
        this(p -> { });
    }

    /** @param gui what {@code open} does with its project path instead of starting the window */
    CliRun(Consumer<Path> gui) {
        cli = new Cli(new Analyzer(), gui);
        cli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    }
}
