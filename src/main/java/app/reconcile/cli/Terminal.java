package app.reconcile.cli;

import app.reconcile.core.MessageText;

/**
 * What the commands print, made safe for a terminal: article and project text and file names may hold line
 * breaks and escape sequences (clear screen, set title) or megabytes of text. The rules are
 * {@link MessageText}'s, shared with the io messages and the window's dialogs.
 */
final class Terminal {
    private Terminal() {
    }

    /** A piece of outside text quoted in a line: escaped, about 80 characters at most. */
    static String safe(String s) {
        return MessageText.quote(s);
    }

    /** A whole printed line: escaped, one line, bounded. */
    static String line(String s) {
        return MessageText.line(s);
    }
}
