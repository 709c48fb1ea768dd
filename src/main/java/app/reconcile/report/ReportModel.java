package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Scoreboard;
import app.reconcile.core.Scoreboard.Standing;
import app.reconcile.core.SourceScore;
import app.reconcile.core.Variant;
import com.ibm.icu.text.BreakIterator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report says, computed once from the project so that all formats tell the same story and
 * each renderer only decides how it looks. Pure: no I/O, no clock of its own.
 *
 * @param title       the report's title
 * @param generatedAt when the report was made (from the injected clock)
 * @param summary     the counts at the top
 * @param sources     the articles with their scoreboard rows, in project order
 * @param facts       the facts in project order
 * @param corrections one corrected copy per article, in project order
 * @param sourceIndex the first source of each article id, for {@link #source}
 */
public record ReportModel(String title, Instant generatedAt, Summary summary, List<SourceEntry> sources,
                          List<FactEntry> facts, List<CorrectedCopy> corrections,
                          Map<String, SourceEntry> sourceIndex) {
    /**
     * How long a source's name may be in a report: a title stands in for an outlet more often than not, and a
     * printed report names its sources in every card, so they are cut shorter than in a pane header.
     */
    static final int REPORT_NAME = 24;

    public ReportModel {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        corrections = List.copyOf(corrections);
        sourceIndex = Map.copyOf(sourceIndex);
    }

    public ReportModel(String title, Instant generatedAt, Summary summary, List<SourceEntry> sources,
                       List<FactEntry> facts, List<CorrectedCopy> corrections) {
        this(title, generatedAt, summary, sources, facts, corrections, index(sources));
    }

    /**
     * The first source of each article id: the renderers look a source up for every mention, and a search
     * through thousands of sources each time made export quadratic.
     */
    private static Map<String, SourceEntry> index(List<SourceEntry> sources) {
        Map<String, SourceEntry> out = new HashMap<>();
        sources.forEach(s -> out.putIfAbsent(s.articleId(), s));
        return out;
    }

    public static ReportModel of(Project project, ReportOptions options) {
        List<SourceEntry> sources = new ArrayList<>();
        List<SourceScore> scores = Scoreboard.of(project);
        for (int i = 0; i < project.articles().size(); i++) {
            Article a = project.articles().get(i);
            sources.add(new SourceEntry(a.id(), app.reconcile.core.names.SourceNames.shorten(app.reconcile.core.names.SourceNames.of(a), REPORT_NAME), a.title(), scores.get(i), a.url(), a.published()));
        }
        Map<String, SentenceLocator> locators = new HashMap<>();
        Map<String, Article> articles = project.articlesById();
        // one ICU iterator for all the articles: building one (its abbreviation trie) cost more than using it,
        // and was most of the export's time and garbage for thousands of short articles
        BreakIterator sentences = SentenceLocator.sentenceIterator();
        FurnitureIndex furniture = new FurnitureIndex();
        List<FactEntry> facts = project.facts().stream()
                .map(f -> factEntry(f, articleId -> locators.computeIfAbsent(articleId,
                        id -> articles.containsKey(id)
                                ? new SentenceLocator(articles.get(id).text(), sentences, furniture.of(articles.get(id)))
                                : new SentenceLocator("", sentences, List.of()))))
                .toList();
        List<CorrectedCopy> corrections = Corrections.of(project.articles(), project.facts(), furniture);
        return new ReportModel(options.title(), options.clock().instant(), Summary.of(project), sources, facts,
                corrections);
    }

    /** The source with this article id, or a stand-in for a mention whose article is missing. */
    public SourceEntry source(String articleId) {
        SourceEntry found = sourceIndex.get(articleId);
        return found != null ? found : new SourceEntry(articleId, "", articleId,
                new SourceScore(articleId, "", 0, 0, 0, 0));
    }


    private interface Locators {
        SentenceLocator forArticle(String articleId);
    }

    private static FactEntry factEntry(Fact fact, Locators locators) {
        Resolution r = fact.resolution();
        Optional<String> value = Scoreboard.authoritativeValue(fact);
        List<Variant> factVariants = fact.variants();
        Optional<Authoritative> authoritative = authoritative(fact, value, factVariants);
        List<VariantEntry> variants = withQuoteDiffs(fact,
                factVariants.stream().map(v -> variantEntry(fact, v, value, locators)).toList(), authoritative);
        return new FactEntry(fact.id(), fact.kind(), fact.label(), fact.verdict(), fact.status(),
                authoritative, variants,
                r == null ? "" : r.note(), r == null ? "" : r.author(), r == null ? null : r.decidedAt(),
                fact.detail());
    }

    /** {@code value} and {@code variants} are the fact's own, found once per fact: each reads all its mentions. */
    private static Optional<Authoritative> authoritative(Fact fact, Optional<String> value, List<Variant> variants) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Resolution r = fact.resolution();
        if (r != null) {
            return Optional.of(new Authoritative(r.value(), r.display(), r.custom(), Authoritative.DECISION));
        }
        String display = variants.get(0).display();
        return Optional.of(new Authoritative(value.get(), display, false, Authoritative.AGREEMENT));
    }

    private static VariantEntry variantEntry(Fact fact, Variant variant, Optional<String> authoritative,
                                             Locators locators) {
        List<MentionEntry> mentions = new ArrayList<>();
        for (Mention m : variant.mentions()) {
            Sentence sentence = locators.forArticle(m.articleId()).around(m.start(), m.end());
            if (sentence.text().isEmpty()) {
                sentence = new Sentence(m.text(), 0, m.text().length());
            }
            mentions.add(new MentionEntry(m.articleId(), m.start(), m.end(), m.text(), m.value(), sentence,
                    Scoreboard.standing(fact, m, authoritative)));
        }
        return new VariantEntry(variant.value(), variant.display(), variant.articleIds(), mentions,
                overall(mentions), Optional.empty());
    }

    /** For quotes, adds each variant's word difference from the authoritative (else the leading) reading. */
    private static List<VariantEntry> withQuoteDiffs(Fact fact, List<VariantEntry> variants,
                                                     Optional<Authoritative> authoritative) {
        if (fact.kind() != FactKind.QUOTE || variants.isEmpty()) {
            return variants;
        }
        VariantEntry reference = variants.stream().filter(VariantEntry::isAuthoritative).findFirst()
                .orElse(authoritative.isPresent() ? null : variants.get(0));
        String referenceText = reference != null ? reference.display() : authoritative.get().display();
        return variants.stream().map(v -> v == reference ? v : new VariantEntry(v.value(), v.display(), v.sources(),
                v.mentions(), v.standing(), Optional.of(WordDiff.between(referenceText, v.display())))).toList();
    }

    private static Standing overall(List<MentionEntry> mentions) {
        List<Standing> standings = mentions.stream().map(MentionEntry::standing).distinct().toList();
        return standings.size() == 1 ? standings.get(0)
                : standings.contains(Standing.CONTRADICTS) ? Standing.CONTRADICTS : standings.get(0);
    }
}
