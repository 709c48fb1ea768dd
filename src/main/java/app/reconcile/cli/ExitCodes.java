package app.reconcile.cli;

/** Process exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file could not be read, written or understood; the message says which and why. */
    public static final int BAD_INPUT = 1;
    /** The command line itself was wrong (picocli's convention). */
    public static final int USAGE = 2;
    /** A bug: reported in one line, with the stack trace only when RECONCILE_DEBUG is set. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
