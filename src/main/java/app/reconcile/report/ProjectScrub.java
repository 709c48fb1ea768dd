package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.ControlCharacters;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The project a report is made from, with stray control characters ({@link ControlCharacters}) replaced in
 * every string. Import already replaces them, but a project saved by an older version or edited by hand
 * may carry them (JSON allows <code>&#92;u0000</code>), and a saved project is never changed: they are dealt with
 * here, once for every format, instead of in each format's escaping. The replacement is one character for
 * one, so mention offsets still point at their text.
 */
final class ProjectScrub {
    private ProjectScrub() {
    }

    /** {@code project} itself when no string holds a stray control character (the usual case, no copying). */
    static Project clean(Project project) {
        List<Article> articles = new ArrayList<>(project.articles().size());
        boolean changed = false;
        for (Article a : project.articles()) {
            Article c = new Article(s(a.id()), s(a.source()), s(a.title()), s(a.text()), s(a.url()), a.published());
            changed |= !c.equals(a);
            articles.add(c);
        }
        List<Fact> facts = new ArrayList<>(project.facts().size());
        for (Fact f : project.facts()) {
            Fact c = clean(f);
            changed |= c != f;
            facts.add(c);
        }
        return changed ? new Project(articles, facts) : project;
    }

    private static Fact clean(Fact f) {
        List<Mention> mentions = f.mentions().stream()
                .map(m -> new Mention(s(m.articleId()), m.start(), m.end(), s(m.text()), s(m.value()))).toList();
        Resolution r = f.resolution();
        Resolution resolution = r == null ? null : new Resolution(r.status(), s(r.value()), s(r.display()), r.custom(),
                s(r.note()), s(r.author()), r.decidedAt());
        Fact c = new Fact(s(f.id()), f.kind(), s(f.label()), f.verdict(), mentions, resolution, s(f.detail()));
        return c.equals(f) ? f : c;
    }

    private static String s(String text) {
        return ControlCharacters.replace(text);
    }
}
