package app.reconcile.io;

import java.util.Locale;
import java.util.Set;

/** The article file types the importer reads, by extension. */
final class SupportedFormats {
    static final Set<String> TEXT = Set.of("txt", "md", "markdown");
    static final Set<String> HTML = Set.of("html", "htm");

    private SupportedFormats() {
    }

    static boolean isSupported(String fileName) {
        String ext = extension(fileName);
        return TEXT.contains(ext) || HTML.contains(ext);
    }

    static boolean isHtml(String fileName) {
        return HTML.contains(extension(fileName));
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
