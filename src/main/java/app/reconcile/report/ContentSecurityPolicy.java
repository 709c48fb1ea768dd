package app.reconcile.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of the HTML report, a second wall behind the escaping: should a string ever
 * slip through unescaped, the browser still runs no script, loads nothing from anywhere (no tracking pixel,
 * no remote style sheet, no font), submits no form and resolves no link against a planted base URL. The
 * report's own two style elements are allowed by their SHA-256 hashes, which is stricter than
 * {@code 'unsafe-inline'}: an injected {@code <style>} or {@code style} attribute does not apply.
 */
final class ContentSecurityPolicy {
    private ContentSecurityPolicy() {
    }

    /** The policy for a page whose only style elements hold exactly {@code styleTexts}. */
    static String allowingStyles(String... styleTexts) {
        String hashes = Arrays.stream(styleTexts).map(ContentSecurityPolicy::hashSource)
                .collect(Collectors.joining(" "));
        return "default-src 'none'; style-src " + hashes + "; base-uri 'none'; form-action 'none'";
    }

    /** {@code 'sha256-...'}: the source expression a browser matches against an inline element's text. */
    static String hashSource(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
