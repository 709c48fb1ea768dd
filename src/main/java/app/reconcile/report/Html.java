package app.reconcile.report;

/**
 * HTML escaping for text and attribute values. Every string that comes from an article or the editor goes
 * through {@link #escape(String)}, so hostile input (a {@code <script>} or a {@code " onmouseover="} in an
 * article) ends up as inert text.
 */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} (safe in text and in quoted attributes); NUL becomes U+FFFD. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        int first = 0;
        while (first < s.length() && !needsEscape(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            // the usual case, kept free of copies: a large report escapes hundreds of thousands of strings
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '\0';
    }
}
