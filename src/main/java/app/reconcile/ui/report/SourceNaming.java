package app.reconcile.ui.report;

import app.reconcile.core.Article;
import app.reconcile.core.Project;
import app.reconcile.core.SourceScore;
import app.reconcile.core.names.SourceNames;

import java.util.Map;
import java.util.function.Function;

/** The human (shortened) name of a scored source, looked up from the project's article. */
final class SourceNaming {
    private SourceNaming() {
    }

    static Function<SourceScore, String> of(Project project) {
        Map<String, Article> articles = project.articlesById();
        return score -> {
            Article article = articles.get(score.articleId());
            return article == null ? ScoreboardBars.sourceName(score) : SourceNames.shortName(article);
        };
    }
}
