package app.reconcile.ui.workspace;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Project;
import app.reconcile.core.names.SourceNames;
import app.reconcile.core.carry.DecisionCarrier;
import app.reconcile.core.carry.LostDecision;
import app.reconcile.ui.common.BackgroundTask;
import app.reconcile.ui.common.DialogService;

import java.util.List;
import java.util.Optional;

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

    /** Asks which source to rename, then for its new name. */
    public void renameChosen() {
        chooseArticle("Rename source").ifPresent(this::rename);
    }

    public void removeChosen() {
        chooseArticle("Remove article").ifPresent(this::remove);
    }

    /** Asks for the source's name (starting from the one shown); a blank answer keeps the old one. */
    public void rename(String articleId) {
        workspace.getProject().article(articleId).ifPresent(article ->
                dialogs.askText("Rename source", "Name of the source of \u201c" + article.title() + "\u201d",
                                SourceNames.of(article))
                        .map(String::strip).filter(t -> !t.isEmpty())
                        .ifPresent(name -> rename(articleId, name)));
    }

    /**
     * Names the article's source {@code name}: the name every view and the report then use
     * ({@link SourceNames}). The title and text stay as they are.
     */
    public void rename(String articleId, String name) {
        workspace.edit(p -> p.withArticles(p.articles().stream()
                .map(a -> a.id().equals(articleId) ? new Article(a.id(), name, a.title(), a.text()) : a).toList()));
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
        DecisionCarrier.Outcome outcome = new DecisionCarrier()
                .carry(workspace.getProject(), new Project(remaining, facts));
        workspace.edit(p -> outcome.project());
        workspace.activity().say("Removed " + name + "; kept " + outcome.kept() + " decision(s)");
        if (!outcome.lost().isEmpty()) {
            dialogs.showInformation("Some decisions could not be kept", lostDecisions(outcome.lost()));
        }
    }

    /** One line per lost decision: its label and why no fact of the new analysis could take it over. */
    static String lostDecisions(List<LostDecision> lost) {
        return String.join("\n", lost.stream().map(l -> "• " + l.describe()).toList());
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
            return SourceNames.of(article) + " — " + article.title();
        }
    }
}
