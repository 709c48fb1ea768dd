package app.reconcile.core.edit;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.TextSpan;
import app.reconcile.core.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The editor's corrections to what the engine grouped: link text selections into a new fact, merge two
 * facts, split mentions off a fact, remove a mention. Each edit is a pure function from one project to
 * the next, so the UI applies it through its undo history and the decision survives only where its
 * value still means something.
 */
public final class FactEdits {
    private FactEdits() {
    }

    /**
     * A new fact from text the editor selected in two or more articles ("Link as same fact"). Values are
     * the selected words as written (compared case- and space-insensitively), since the engine did not
     * recognise them.
     *
     * @throws FactEditException when fewer than two articles are involved or a span is outside its text
     */
    public static Project link(Project project, List<Selection> selections, FactKind kind, String label)
            throws FactEditException {
        Set<String> articles = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (Selection s : selections) {
            Article article = project.article(s.articleId())
                    .orElseThrow(() -> new FactEditException("no article " + s.articleId()));
            TextSpan span = trim(article.text(), s.start(), s.end());
            if (span.end() > article.text().length() || span.length() == 0) {
                throw new FactEditException("the selection in " + article.source() + " is empty or outside the text");
            }
            String text = article.text().substring(span.start(), span.end());
            mentions.add(new Mention(article.id(), span.start(), span.end(), text, typedValue(text)));
            articles.add(article.id());
        }
        if (articles.size() < 2) {
            throw new FactEditException("select the same fact in at least two articles to link it");
        }
        mentions.sort(mentionOrder(project));
        String name = label == null || label.isBlank() ? "linked by hand: " + mentions.get(0).text() : label.trim();
        Fact fact = new Fact(nextId(project), kind, name, verdictOf(mentions), mentions);
        List<Fact> facts = new ArrayList<>(project.facts());
        facts.add(0, fact);
        return project.withFacts(facts);
    }

    /** Joins {@code otherId} into {@code keepId}: one fact with both facts' mentions. */
    public static Project merge(Project project, String keepId, String otherId) throws FactEditException {
        if (keepId.equals(otherId)) {
            throw new FactEditException("choose two different facts to merge");
        }
        Fact keep = fact(project, keepId);
        Fact other = fact(project, otherId);
        List<Mention> mentions = new ArrayList<>(keep.mentions());
        for (Mention m : other.mentions()) {
            if (mentions.stream().noneMatch(m::sameSpan)) {
                mentions.add(m);
            }
        }
        mentions.sort(mentionOrder(project));
        Verdict verdict = keep.verdict() == other.verdict() && distinctValues(mentions) > 1
                ? keep.verdict() : verdictOf(mentions);
        Fact merged = keep.withMentions(mentions, verdict).withResolution(keptResolution(keep.resolution(), mentions));
        List<Fact> facts = new ArrayList<>();
        for (Fact f : project.facts()) {
            if (f.id().equals(keepId)) {
                facts.add(merged);
            } else if (!f.id().equals(otherId)) {
                facts.add(f);
            }
        }
        return project.withFacts(facts);
    }

    /**
     * Moves {@code moved} out of the fact into a new one placed right after it. Either side that is left
     * stated by a single article is no longer a comparison and is dropped.
     */
    public static Project split(Project project, String factId, List<Mention> moved) throws FactEditException {
        Fact fact = fact(project, factId);
        List<Mention> out = fact.mentions().stream().filter(m -> moved.stream().anyMatch(m::sameSpan)).toList();
        List<Mention> stay = fact.mentions().stream().filter(m -> moved.stream().noneMatch(m::sameSpan)).toList();
        if (out.isEmpty() || stay.isEmpty()) {
            throw new FactEditException("choose some, but not all, of the fact's mentions to split off");
        }
        String newId = nextId(project);
        List<Fact> facts = new ArrayList<>();
        for (Fact f : project.facts()) {
            if (!f.id().equals(factId)) {
                facts.add(f);
                continue;
            }
            addIfComparable(facts, rebuilt(fact, stay));
            addIfComparable(facts, new Fact(newId, fact.kind(), fact.label() + " (split)", verdictOf(out), out)
                    .withResolution(keptResolution(fact.resolution(), out)));
        }
        return project.withFacts(facts);
    }

    /** Takes one mention out of a fact; a fact left with a single article is removed. */
    public static Project removeMention(Project project, String factId, Mention mention) throws FactEditException {
        Fact fact = fact(project, factId);
        List<Mention> stay = fact.mentions().stream().filter(m -> !m.sameSpan(mention)).toList();
        if (stay.size() == fact.mentions().size()) {
            throw new FactEditException("that mention is not part of fact " + factId);
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : project.facts()) {
            if (f.id().equals(factId)) {
                addIfComparable(facts, rebuilt(fact, stay));
            } else {
                facts.add(f);
            }
        }
        return project.withFacts(facts);
    }

    private static Fact rebuilt(Fact fact, List<Mention> mentions) {
        Verdict verdict = distinctValues(mentions) == 1 ? Verdict.AGREE : fact.verdict();
        return fact.withMentions(mentions, verdict).withResolution(keptResolution(fact.resolution(), mentions));
    }

    private static void addIfComparable(List<Fact> facts, Fact fact) {
        if (fact.articleIds().size() >= 2) {
            facts.add(fact);
        }
    }

    /** A decision stays when its value is still one of the readings, or was typed by the editor. */
    private static Resolution keptResolution(Resolution resolution, List<Mention> mentions) {
        if (resolution == null || resolution.status() != ResolutionStatus.RESOLVED || resolution.custom()) {
            return resolution;
        }
        return mentions.stream().anyMatch(m -> m.value().equals(resolution.value())) ? resolution : null;
    }

    private static Verdict verdictOf(List<Mention> mentions) {
        return distinctValues(mentions) == 1 ? Verdict.AGREE : Verdict.CONFLICT;
    }

    private static long distinctValues(List<Mention> mentions) {
        return mentions.stream().map(Mention::value).distinct().count();
    }

    static String typedValue(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Selections often catch a neighbouring space; the mention should not. */
    private static TextSpan trim(String text, int start, int end) throws FactEditException {
        if (start < 0 || end < start || end > text.length()) {
            throw new FactEditException("the selection [" + start + ", " + end + ") is outside the text");
        }
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextSpan(s, e);
    }

    private static Fact fact(Project project, String id) throws FactEditException {
        return project.fact(id).orElseThrow(() -> new FactEditException("no fact " + id));
    }

    private static Comparator<Mention> mentionOrder(Project project) {
        List<String> order = project.articles().stream().map(Article::id).toList();
        return Comparator.comparingInt((Mention m) -> order.indexOf(m.articleId())).thenComparingInt(Mention::start);
    }

    /** "f" + one more than the highest numeric id in use, so ids stay unique after deletions. */
    static String nextId(Project project) {
        int max = 0;
        for (Fact f : project.facts()) {
            String digits = f.id().replaceAll("\\D", "");
            if (!digits.isEmpty() && digits.length() < 9) {
                max = Math.max(max, Integer.parseInt(digits));
            }
        }
        return "f" + (max + 1);
    }
}
