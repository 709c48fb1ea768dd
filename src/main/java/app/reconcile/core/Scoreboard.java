package app.reconcile.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The source scoreboard: for each article, how many of the facts it states agree with or contradict the
 * authoritative value. Pure and deterministic, shared by every report format so they all tell one story.
 *
 * <p>Counting rules (documented in docs/report-format.md):
 * <ul>
 *   <li>A fact has an <em>authoritative value</em> when the editor resolved it ({@link Resolution#value()}),
 *       or, without any decision, when its verdict is {@link Verdict#AGREE} and all its mentions share one
 *       normalised value: every source already says the same thing, so that value stands.</li>
 *   <li>Dismissed facts have no authoritative value and count as neither agreeing nor contradicting:
 *       the editor said the difference is not a real discrepancy.</li>
 *   <li>Undecided {@link Verdict#COMPATIBLE} facts have no authoritative value either; they are only stated.</li>
 *   <li>An article agrees when every one of its mentions of the fact matches the authoritative value, and
 *       contradicts when at least one does not (one wrong statement is enough to mislead a reader).</li>
 *   <li>A mention matches when its normalised value equals the authoritative value, or, for a value the editor
 *       typed ({@link Resolution#custom()}), when its surface text equals the typed display ignoring case and
 *       spacing: typed values are not normalised by the engine.</li>
 *   <li>Unresolved counts conflicts the article states that still need a decision ({@link Fact#needsDecision()}).</li>
 * </ul>
 */
public final class Scoreboard {

    /** Where one article's statement of a fact stands against the fact's authoritative value. */
    public enum Standing {
        /** Every mention states the authoritative value. */
        AGREES,
        /** At least one mention states something else. */
        CONTRADICTS,
        /** A conflict awaiting the editor's decision. */
        UNRESOLVED,
        /** Nothing to compare with: dismissed, undecided compatible, or the article does not state the fact. */
        NOT_APPLICABLE
    }

    private Scoreboard() {
    }

    /**
     * One score per article, in project order; articles stating nothing score all zeros. One pass over the
     * facts, each counted for the articles it names: asking every fact about every article took minutes for a
     * project of thousands of articles and tens of thousands of facts.
     */
    public static List<SourceScore> of(Project project) {
        Map<String, int[]> counts = new HashMap<>();
        for (Article article : project.articles()) {
            counts.putIfAbsent(article.id(), new int[4]);
        }
        for (Fact fact : project.facts()) {
            Optional<String> authoritative = authoritativeValue(fact);
            for (String articleId : fact.articleIds()) {
                int[] c = counts.get(articleId);
                if (c == null) {
                    continue;
                }
                c[0]++;
                switch (standing(fact, articleId, authoritative)) {
                    case AGREES -> c[1]++;
                    case CONTRADICTS -> c[2]++;
                    case UNRESOLVED -> c[3]++;
                    case NOT_APPLICABLE -> { }
                }
            }
        }
        List<SourceScore> scores = new ArrayList<>();
        for (Article article : project.articles()) {
            int[] c = counts.get(article.id());
            scores.add(new SourceScore(article.id(), article.source(), c[0], c[1], c[2], c[3]));
        }
        return List.copyOf(scores);
    }

    /** The normalised value the fact's mentions are judged against, if it has one (see class comment). */
    public static Optional<String> authoritativeValue(Fact fact) {
        Resolution resolution = fact.resolution();
        if (resolution != null) {
            return resolution.status() == ResolutionStatus.RESOLVED
                    ? Optional.of(resolution.value()) : Optional.empty();
        }
        if (fact.verdict() == Verdict.AGREE) {
            List<Variant> variants = fact.variants();
            if (variants.size() == 1) {
                return Optional.of(variants.get(0).value());
            }
        }
        return Optional.empty();
    }

    /** Where the given article's mentions of the fact stand; NOT_APPLICABLE when it does not state the fact. */
    public static Standing standing(Fact fact, String articleId) {
        return standing(fact, articleId, authoritativeValue(fact));
    }

    private static Standing standing(Fact fact, String articleId, Optional<String> authoritative) {
        List<Mention> own = fact.mentions().stream().filter(m -> m.articleId().equals(articleId)).toList();
        if (own.isEmpty()) {
            return Standing.NOT_APPLICABLE;
        }
        return combine(own.stream().map(m -> standing(fact, m, authoritative)).toList());
    }

    /** Where one mention stands against the fact's authoritative value. */
    public static Standing standing(Fact fact, Mention mention) {
        return standing(fact, mention, authoritativeValue(fact));
    }

    /**
     * Where one mention stands against {@code authoritative}, the fact's {@link #authoritativeValue}: for
     * callers that ask about every mention of a fact, since finding that value reads all the mentions (a fact
     * found in a long article may have thousands).
     */
    public static Standing standing(Fact fact, Mention mention, Optional<String> authoritative) {
        if (fact.needsDecision()) {
            return Standing.UNRESOLVED;
        }
        if (authoritative.isEmpty()) {
            return Standing.NOT_APPLICABLE;
        }
        return matches(fact, mention, authoritative.get()) ? Standing.AGREES : Standing.CONTRADICTS;
    }

    private static Standing combine(List<Standing> standings) {
        if (standings.contains(Standing.UNRESOLVED)) {
            return Standing.UNRESOLVED;
        }
        if (standings.contains(Standing.CONTRADICTS)) {
            return Standing.CONTRADICTS;
        }
        return standings.contains(Standing.AGREES) ? Standing.AGREES : Standing.NOT_APPLICABLE;
    }

    private static boolean matches(Fact fact, Mention mention, String authoritative) {
        if (mention.value().equals(authoritative)) {
            return true;
        }
        Resolution resolution = fact.resolution();
        return resolution != null && resolution.custom()
                && squash(mention.text()).equals(squash(resolution.display()));
    }

    private static String squash(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
