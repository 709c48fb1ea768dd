package app.reconcile.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the editor typed, pasted or dropped as a web address: told apart from a file name, and checked before
 * anything goes on the network, so a typo gets a message about the address instead of a network error.
 */
public final class WebAddress {
    /** A scheme of two or more letters and "://": "C:\\news" (a Windows drive) stays a file name. */
    private static final Pattern LOOKS_LIKE_ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://.*", Pattern.DOTALL);

    private WebAddress() {
    }

    /** True when {@code input} is meant as a web address (any scheme), not as a file or folder name. */
    public static boolean isWebAddress(String input) {
        String s = input.strip();
        return LOOKS_LIKE_ADDRESS.matcher(s).matches() || s.regionMatches(true, 0, "http:", 0, 5)
                || s.regionMatches(true, 0, "https:", 0, 6);
    }

    /**
     * The address as a URI Reconcile may fetch: http or https, with a host.
     *
     * @throws ArticleImportException naming the address: malformed, another scheme, or no host
     */
    static URI parse(String input) throws ArticleImportException {
        String s = input.strip();
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new ArticleImportException(s + ": not a valid web address (" + e.getReason().toLowerCase(Locale.ROOT)
                    + ")");
        }
        if (uri.getScheme() == null) {
            throw new ArticleImportException(s + ": not a web address; it must start with http:// or https://");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ArticleImportException(s + ": only http:// and https:// addresses can be fetched, not "
                    + scheme + ":");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ArticleImportException(s + ": not a valid web address (no host name after " + scheme + "://)");
        }
        return uri;
    }
}
