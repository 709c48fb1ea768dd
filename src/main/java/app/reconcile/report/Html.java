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
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
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
}
