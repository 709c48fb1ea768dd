package app.reconcile.core.carry;

import app.reconcile.core.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which article of the new project each article of the old one became. Mention offsets only mean the same
 * text in the very same article text, so an old article is found again only by identical text; ids cannot
 * be trusted, since {@code analyze} numbers articles by their place on the command line. The editor's
 * titles do not matter. Among several identical texts the same id wins, then the same source file, then
 * the first one left, so the answer never depends on map order.
 */
final class ArticleMoves {
    private final Map<String, String> newIdByOldId = new HashMap<>();

    ArticleMoves(List<Article> before, List<Article> after) {
        Set<String> used = new HashSet<>();
        for (Article old : before) {
            List<Article> sameText = new ArrayList<>();
            for (Article candidate : after) {
                if (!used.contains(candidate.id()) && candidate.text().equals(old.text())) {
                    sameText.add(candidate);
                }
            }
            pick(old, sameText).ifPresent(found -> {
                used.add(found.id());
                newIdByOldId.put(old.id(), found.id());
            });
        }
    }

    private static Optional<Article> pick(Article old, List<Article> sameText) {
        return sameText.stream().filter(a -> a.id().equals(old.id())).findFirst()
                .or(() -> sameText.stream().filter(a -> a.source().equals(old.source())).findFirst())
                .or(() -> sameText.stream().findFirst());
    }

    /** The id the old article has in the new project; empty when it was removed or its text changed. */
    Optional<String> newId(String oldArticleId) {
        return Optional.ofNullable(newIdByOldId.get(oldArticleId));
    }
}
