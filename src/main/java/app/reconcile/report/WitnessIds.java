package app.reconcile.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps article ids to TEI witness ids that are valid, unique XML NCNames: kept as they are when already
 * valid ("a1"), otherwise made valid (invalid characters become '_', a leading non-letter gets "w-"), and
 * numbered when two articles would collide.
 */
final class WitnessIds {
    private final Map<String, String> ids = new LinkedHashMap<>();

    WitnessIds(List<String> articleIds) {
        Set<String> taken = new HashSet<>();
        for (String articleId : articleIds) {
            String base = ncName(articleId);
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(articleId, id);
        }
    }

    /** The witness id of an article; an unknown article (a dangling mention) gets a valid id of its own. */
    String of(String articleId) {
        return ids.getOrDefault(articleId, ncName(articleId));
    }

    static String ncName(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 2);
        raw.codePoints().forEach(cp -> out.appendCodePoint(isNameChar(cp) ? cp : '_'));
        if (out.length() == 0 || !isNameStart(out.codePointAt(0))) {
            out.insert(0, "w-");
        }
        return out.toString();
    }

    /** XML 1.0 (5th ed.) NameStartChar without ':'. */
    private static boolean isNameStart(int c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
                || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
                || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
                || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    /** XML 1.0 NameChar without ':'. */
    private static boolean isNameChar(int c) {
        return isNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
                || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
    }
}
