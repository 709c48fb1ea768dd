package app.reconcile.ui.workspace;

import app.reconcile.io.WebAddress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Web addresses out of what the editor typed, pasted or dropped. */
public final class WebAddresses {
    private WebAddresses() {
    }

    /**
     * Every non-blank line (or space-separated word: a pasted sentence of links), once each, in order. Lines
     * starting with '#' are comments, as in the {@code text/uri-list} a browser puts on a drag. What is not a
     * valid address is kept, so that the editor is told why it was not added.
     */
    public static List<String> in(String text) {
        Set<String> addresses = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            for (String word : s.split("\\s+")) {
                addresses.add(word);
            }
        }
        return List.copyOf(addresses);
    }

    /**
     * The links of a drop: the browser's URL, else the dropped text's lines that are web addresses. Other
     * text dropped on the window (a selected paragraph) is no request to fetch anything.
     */
    public static List<String> dropped(String url, String text) {
        List<String> fromUrl = in(url).stream().filter(WebAddress::isWebAddress).toList();
        return fromUrl.isEmpty() ? in(text).stream().filter(WebAddress::isWebAddress).toList() : fromUrl;
    }
}
