package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.carry.DecisionCarrier;
import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.DialogService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rename and remove an article, both undoable. Removing re-analyses the remaining articles in the
 * background and carries over every decision whose text is still a fact ({@link DecisionCarrier}); the
 * editor is told which decisions could not be kept and why.
 */
public final class ArticleCommands {
    private final WorkspaceViewModel workspace;
    private final WorkspaceServices services;
    private final DialogService dialogs;

    public ArticleCommands(WorkspaceViewModel workspace, WorkspaceServices services, DialogService dialogs) {
        this.workspace = workspace;
        this.services = services;
        this.dialogs = dialogs;
    }

    /** Asks which article to rename, then for its new title. */
    public void renameChosen() {
        chooseArticle("Rename article").ifPresent(this::rename);
    }

    public void removeChosen() {
        chooseArticle("Remove article").ifPresent(this::remove);
    }

    /** Asks for a new title; a blank answer keeps the old one. */
    public void rename(String articleId) {
        workspace.getProject().article(articleId).ifPresent(article ->
                dialogs.askText("Rename article", "Title of " + article.source(), article.title())
                        .map(String::strip).filter(t -> !t.isEmpty())
                        .ifPresent(title -> rename(articleId, title)));
    }

    public void rename(String articleId, String title) {
        workspace.edit(p -> p.withArticles(p.articles().stream()
                .map(a -> a.id().equals(articleId) ? a.withTitle(title) : a).toList()));
    }

    /** Removes the article and re-analyses the rest off the FX thread; decisions follow their text. */
    public void remove(String articleId) {
        Project before = workspace.getProject();
        if (before.article(articleId).isEmpty()) {
            return;
        }
        List<Article> remaining = before.articles().stream().filter(a -> !a.id().equals(articleId)).toList();
        String name = before.article(articleId).map(Article::source).orElse(articleId);
        workspace.activity().run(BackgroundTask.of("Removing " + name,
                                monitor -> services.factFinder().findFacts(remaining, monitor))
                        .onSuccess(facts -> applyRemoval(before, remaining, facts, name)),
                error -> dialogs.showError("Could not remove " + name, error));
    }

    private void applyRemoval(Project before, List<Article> remaining, List<Fact> facts, String name) {
        if (!workspace.getProject().articles().equals(before.articles())) {
            workspace.activity().say("The articles changed meanwhile; " + name + " was not removed");
            return;
        }
        DecisionCarrier.Outcome outcome = new DecisionCarrier().carry(workspace.getProject().facts(), facts);
        workspace.edit(p -> new Project(remaining, outcome.facts()));
        workspace.activity().say("Removed " + name + "; kept " + outcome.kept() + " decision(s)");
        if (!outcome.lost().isEmpty()) {
            dialogs.showInformation("Some decisions could not be kept", lostDecisions(outcome.lost(), remaining));
        }
    }

    /** One line per lost decision: its label and why no fact of the new analysis could take it over. */
    static String lostDecisions(List<Fact> lost, List<Article> remaining) {
        Set<String> ids = remaining.stream().map(Article::id).collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        for (Fact fact : lost) {
            long sources = fact.articleIds().stream().filter(ids::contains).count();
            String why = sources == 0 ? "no remaining article states it"
                    : sources == 1 ? "only one remaining article states it, so there is nothing to compare"
                    : "the new analysis no longer groups its mentions as one fact";
            lines.add("• " + (fact.label().isBlank() ? fact.id() : fact.label()) + ": " + why);
        }
        return String.join("\n", lines);
    }

    private Optional<String> chooseArticle(String title) {
        List<ArticleChoice> choices = workspace.getProject().articles().stream().map(ArticleChoice::new).toList();
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        return dialogs.choose(title, "Which article?", choices, choices.get(0)).map(c -> c.article().id());
    }

    /** An article as the chooser lists it. */
    public record ArticleChoice(Article article) {
        @Override
        public String toString() {
            return article.source() + " — " + article.title();
        }
    }
}
