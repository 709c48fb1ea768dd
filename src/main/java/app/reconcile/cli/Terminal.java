package app.reconcile.cli;

/** Text from articles and projects made safe to print: no line breaks or escape sequences reach the terminal. */
final class Terminal {
    private static final int LIMIT = 300;

    private Terminal() {
    }

    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), LIMIT));
        for (int i = 0; i < s.length() && b.length() < LIMIT; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return s.length() > LIMIT ? b + "…" : b.toString();
    }
}
