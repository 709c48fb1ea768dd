package app.reconcile.core.analysis;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.cluster.ArticleClusters;
import app.reconcile.core.analysis.evidence.Evidence;
import app.reconcile.core.analysis.reading.Reader;
import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.evidence.EvidenceAligner;
import app.reconcile.core.analysis.date.DateExtractor;
import app.reconcile.core.analysis.name.NameVariantFinder;
import app.reconcile.core.analysis.name.GivenNameSwaps;
import app.reconcile.core.analysis.name.NameSwaps;
import app.reconcile.core.analysis.name.SurnameSwaps;
import app.reconcile.core.analysis.name.WordOrderVariants;
import app.reconcile.core.analysis.quantity.NumberWords;
import app.reconcile.core.analysis.quantity.QuantityExtractor;
import app.reconcile.core.analysis.quantity.PhoneNumbers;
import app.reconcile.core.analysis.quantity.Records;
import app.reconcile.core.analysis.quote.Quotation;
import app.reconcile.core.analysis.place.Bearings;
import app.reconcile.core.analysis.quote.QuotationExtractor;
import app.reconcile.core.analysis.role.Titles;
import app.reconcile.core.analysis.quote.QuoteSpeakers;
import app.reconcile.core.analysis.quote.QuoteFinder;
import app.reconcile.core.analysis.text.BoilerplateFilter;
import app.reconcile.core.analysis.text.EventFrames;
import app.reconcile.core.analysis.text.LightStemmer;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.SentenceSplitter;
import app.reconcile.core.analysis.text.ValueHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analysis engine. Pipeline: split articles into sentences (boilerplate out), extract dated values,
 * quantities, quotations and name spellings, align values of different articles by their context, then
 * judge each group (agree / compatible / conflict) and label it. See docs/analysis.md.
 */
public final class Analyzer implements FactFinder {
    private static final int CORPUS_DATE_SPREAD_DAYS = 7;
    /**
     * The most values read from one article. Each value is read in its sentence's context (tagging, the words
     * around it), so a hostile article of megabytes of numbers would take minutes; an article is read sentence
     * by sentence until it has yielded this many values (or {@link #MAX_QUOTATIONS_PER_ARTICLE} quotations), and
     * the rest of it is not compared. The longest article of the evaluation corpora yields about a hundred values;
     * a 5 MB article of numbers reaches the limit in its first 150 KB or so (docs/performance.md, "Hostile sizes").
     */
    public static final int MAX_VALUES_PER_ARTICLE = 5_000;
    /**
     * The most quotations read from one article: each is tagged for its speaker and compared word by word with
     * other articles' quotations (a quotation may be a whole window of a run-on line, see {@link SentenceSplitter}).
     * The real articles of the evaluation corpora hold 30 at most.
     */
    public static final int MAX_QUOTATIONS_PER_ARTICLE = 200;

    /** The least score of a link between two values (see {@link EvidenceAligner}). */
    public static final double LINK_THRESHOLD = EvidenceAligner.THRESHOLD;

    private final LightStemmer stemmer = new LightStemmer();
    private final SentenceSplitter splitter = new SentenceSplitter(new BoilerplateFilter());
    private final NumberWords numberWords = new NumberWords();
    private final DateExtractor dates = new DateExtractor(numberWords);
    private final Records records = new Records();
    private final PhoneNumbers phones = new PhoneNumbers();
    private final int maxValues;
    private final int maxQuotations;

    public Analyzer() {
        this(MAX_VALUES_PER_ARTICLE, MAX_QUOTATIONS_PER_ARTICLE);
    }

    /** With other reading limits than {@link #MAX_VALUES_PER_ARTICLE} and {@link #MAX_QUOTATIONS_PER_ARTICLE}. */
    Analyzer(int maxValues, int maxQuotations) {
        this.maxValues = maxValues;
        this.maxQuotations = maxQuotations;
    }

    /**
     * Articles are first grouped by the event they report ({@link ArticleClusters}); facts are found inside
     * each group of two or more articles only, so no fact joins statements about different events.
     */
    @Override
    public List<Fact> findFacts(List<Article> articles, ProgressMonitor monitor) {
        if (articles == null || articles.size() < 2) {
            return List.of();
        }
        Reader.preload();
        monitor.progress(0, "Grouping articles by event");
        List<String> ids = articles.stream().map(Article::id).toList();
        List<List<Integer>> events = new ArticleClusters(stemmer).cluster(articles.stream().map(Article::text).toList());
        List<FactDraft> drafts = new ArrayList<>();
        double done = 0;
        for (List<Integer> event : events) {
            double share = (double) event.size() / articles.size();
            if (event.size() >= 2) {
                drafts.addAll(findInEvent(articles, ids, event, new ScaledMonitor(monitor, done, share)));
            }
            done += share;
        }
        monitor.progress(1, "Done");
        return number(drafts, ids);
    }

    /** The facts of one group of articles reporting one event ({@code event}: indexes into {@code articles}). */
    private List<FactDraft> findInEvent(List<Article> articles, List<String> ids, List<Integer> event,
                                        ProgressMonitor monitor) {
        // each sentence is tagged once, whether for its quotations' speakers or for its values' words
        ConcurrentMap<String, Tagged> tagged = new ConcurrentHashMap<>();
        List<ArticleReading> readings = readEvent(articles, ids, event, tagged, monitor);
        List<Sentence> sentences = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Quotation> quotations = new ArrayList<>();
        for (ArticleReading r : readings) {
            sentences.addAll(r.sentences());
            candidates.addAll(r.candidates());
            quotations.addAll(r.quotations());
        }
        monitor.progress(0.45, "Aligning values");
        List<EvidenceAligner.Group> groups = new EvidenceAligner().align(candidates, monitor, tagged);
        monitor.checkCancelled();
        List<FactDraft> drafts = new ArrayList<>();
        for (EvidenceAligner.Group g : groups) {
            drafts.add(draft(g, ids));
        }
        monitor.progress(0.8, "Comparing quotations and names");
        drafts.addAll(new QuoteFinder().find(quotations));
        monitor.checkCancelled();
        new NameVariantFinder().find(sentences, ids).forEach(v ->
                drafts.add(new FactDraft(v.kind(), v.label(), Verdict.CONFLICT, v.mentions(), "")));
        new WordOrderVariants().find(sentences, ids).forEach(v ->
                drafts.add(new FactDraft(v.kind(), v.label(), Verdict.CONFLICT, v.mentions(), "")));
        for (NameSwaps swaps : List.of(new SurnameSwaps(), new GivenNameSwaps())) {
            swaps.find(sentences, ids).forEach(v ->
                    drafts.add(new FactDraft(v.kind(), v.label(), Verdict.CONFLICT, v.mentions(), v.reason())));
        }
        return drafts;
    }

    /** Each article of one event read in parallel: sentences, values, quotations. */
    private List<ArticleReading> readEvent(List<Article> articles, List<String> ids, List<Integer> event,
                                           ConcurrentMap<String, Tagged> tagged, ProgressMonitor monitor) {
        monitor.progress(0, "Reading articles");
        Map<Integer, LocalDate> ownDates = new HashMap<>();
        // a page's own publication date (from its metadata) is firmer than a date guessed from the text's top
        event.forEach(a -> articles.get(a).publishedDate().or(() -> dates.articleDate(articles.get(a).text()))
                .ifPresent(d -> ownDates.put(a, d)));
        LocalDate corpusDate = corpusDate(new ArrayList<>(ownDates.values()));
        AtomicInteger done = new AtomicInteger();
        return event.parallelStream().map(a -> {
            monitor.checkCancelled();
            ArticleReading r = read(a, articles.get(a).text(), ids.get(a), ownDates.getOrDefault(a, corpusDate),
                    tagged);
            monitor.progress(0.4 * done.incrementAndGet() / event.size(), "Reading articles");
            return r;
        }).toList();
    }

    /**
     * Why two values were or were not put together: the first value whose text is {@code textA} and the first
     * whose text is {@code textB} (in article order, case ignored), with the evidence between them. Empty when
     * either is not read as a value.
     */
    public java.util.Optional<PairExplanation> explainPair(List<Article> articles, String textA, String textB) {
        List<String> ids = articles.stream().map(Article::id).toList();
        List<Candidate> candidates = valuesOf(articles, ids);
        Candidate a = valueWritten(articles, candidates, textA, -1);
        Candidate b = a == null ? null : valueWritten(articles, candidates, textB, a.article());
        if (a == null || b == null) {
            return java.util.Optional.empty();
        }
        EvidenceAligner aligner = new EvidenceAligner();
        boolean linked = aligner.align(candidates, ProgressMonitor.NONE).stream()
                .anyMatch(g -> g.members().contains(a) && g.members().contains(b));
        EvidenceAligner.PairEvidence evidence = aligner.explain(candidates, a, b);
        List<String> rivals = new ArrayList<>(evidence.notes());
        if (!linked) {
            evidence.rivalOfA().ifPresent(r -> rivals.add(rival(a, ids.get(b.article()), r)));
            evidence.rivalOfB().ifPresent(r -> rivals.add(rival(b, ids.get(a.article()), r)));
        }
        return java.util.Optional.of(new PairExplanation(ids.get(a.article()), a.text(), ids.get(b.article()),
                b.text(), linked, evidence.evidence(), rivals));
    }

    /** "the best match of A in B's article is X (score): sentence". */
    private static String rival(Candidate a, String otherArticle, EvidenceAligner.Rival r) {
        return String.format(java.util.Locale.ROOT, "the best match of \"%s\" in %s is \"%s\" (score %.2f): \"%s\"",
                a.text(), otherArticle, r.value().text(), r.score(), r.value().sentence().text().strip());
    }

    /**
     * Every pair of values of different articles that the aligner scores, with the evidence between them:
     * what the link weights are fitted on ({@code docs/analysis.md}, "Link weights").
     */
    public List<EvidenceAligner.Link> scoredPairs(List<Article> articles) {
        return new EvidenceAligner().scoredPairs(valuesOf(articles, articles.stream().map(Article::id).toList()));
    }

    /** Every value read in {@code articles}, taken as one event, for the explanations and the pair dump. */
    private List<Candidate> valuesOf(List<Article> articles, List<String> ids) {
        List<Integer> all = java.util.stream.IntStream.range(0, articles.size()).boxed().toList();
        return readEvent(articles, ids, all, new ConcurrentHashMap<>(), ProgressMonitor.NONE).stream()
                .flatMap(r -> r.candidates().stream()).toList();
    }

    /**
     * The value written {@code text} (case ignored), in article order, another article's first when
     * {@code notIn} has one; else the first value inside the first passage that reads {@code text}, so that a
     * phrase pasted from an article ("four grandchildren") finds its value ("four").
     */
    private static Candidate valueWritten(List<Article> articles, List<Candidate> candidates, String text, int notIn) {
        java.util.Comparator<Candidate> otherArticleFirst = java.util.Comparator.comparing(c -> c.article() == notIn);
        java.util.Optional<Candidate> exact = candidates.stream().filter(c -> c.text().equalsIgnoreCase(text))
                .min(otherArticleFirst);
        if (exact.isPresent() || text.isBlank()) {
            return exact.orElse(null);
        }
        return candidates.stream().filter(c -> {
            String article = articles.get(c.article()).text();
            for (int at = Math.max(0, c.end() - text.length()); at <= c.start(); at++) {
                if (article.regionMatches(true, at, text, 0, text.length())) {
                    return true;
                }
            }
            return false;
        }).min(otherArticleFirst).orElse(null);
    }

    /**
     * What {@link #explainPair} found: the two values, whether they share a fact, the evidence, and the lines that
     * say why not (what kept a value out of every comparison; the rival each lost to).
     */
    public record PairExplanation(String articleA, String textA, String articleB, String textB, boolean linked,
                                  Evidence evidence, List<String> rivals) {
        public PairExplanation {
            rivals = List.copyOf(rivals);
        }
    }

    /** Reports a sub-task's progress as a share of the whole; cancellation passes through. */
    private record ScaledMonitor(ProgressMonitor whole, double from, double width) implements ProgressMonitor {
        @Override
        public void progress(double fraction, String message) {
            whole.progress(from + width * fraction, message);
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }

    /** What one article yields; articles are read in parallel, independently of each other. */
    private record ArticleReading(List<Sentence> sentences, List<Candidate> candidates, List<Quotation> quotations) {
    }

    /**
     * The date an undated article is read against: the dated articles' latest date, when they were all
     * published within a week of each other (reports of one event). Otherwise none, and weekdays stay weekdays.
     */
    static LocalDate corpusDate(List<LocalDate> ownDates) {
        List<LocalDate> known = ownDates.stream().filter(java.util.Objects::nonNull).sorted().toList();
        if (known.isEmpty() || known.get(0).plusDays(CORPUS_DATE_SPREAD_DAYS).isBefore(known.get(known.size() - 1))) {
            return null;
        }
        return known.get(known.size() - 1);
    }

    private ArticleReading read(int index, String text, String id, LocalDate date,
                                ConcurrentMap<String, Tagged> tagged) {
        QuantityExtractor quantities = new QuantityExtractor(numberWords, stemmer);
        QuotationExtractor quotes = new QuotationExtractor();
        Bearings bearings = new Bearings();
        Titles titles = new Titles();
        List<Sentence> sentences = splitter.split(index, text);
        List<Candidate> candidates = new ArrayList<>();
        List<Quotation> quotations = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (candidates.size() >= maxValues || quotations.size() >= maxQuotations) {
                sentences = List.copyOf(sentences.subList(0, i));
                break;
            }
            Sentence s = sentences.get(i);
            List<Candidate> dated = dates.extract(s, date);
            List<Candidate> scores = new ArrayList<>(records.extract(s));
            scores.addAll(phones.extract(s));
            scores.addAll(bearings.extract(s));
            scores.addAll(titles.extract(s));
            List<int[]> taken = new ArrayList<>();
            dated.forEach(c -> taken.add(new int[] {c.start(), c.end()}));
            scores.forEach(c -> taken.add(new int[] {c.start(), c.end()}));
            candidates.addAll(dated);
            candidates.addAll(scores);
            candidates.addAll(quantities.extract(s, taken));
            quotations.addAll(quotes.extract(s, id));
        }
        return new ArticleReading(sentences, candidates, new QuoteSpeakers().attribute(sentences, quotations, tagged));
    }

    /**
     * Why the values of a fact were put together, in one line for the fact panel and {@code analyze
     * --explain}: the evidence of its strongest link, and how many links joined it.
     */
    static String reason(EvidenceAligner.Group g) {
        Evidence e = g.strongest().evidence();
        return String.format(java.util.Locale.ROOT, "Linked by evidence (score %.2f%s): %s", e.score(),
                g.linkCount() > 1 ? ", strongest of " + g.linkCount() + " links" : "", e.summary());
    }

    private static FactDraft draft(EvidenceAligner.Group g, List<String> ids) {
        Verdict verdict = switch (g.worst()) {
            case SAME -> Verdict.AGREE;
            case CONFLICT -> Verdict.CONFLICT;
            default -> Verdict.COMPATIBLE;
        };
        List<Candidate> group = g.members();
        List<Mention> mentions = group.stream()
                .map(c -> new Mention(ids.get(c.article()), c.start(), c.end(), c.text(), c.value().canonical()))
                .toList();
        return new FactDraft(group.get(0).kind(), g.label(), verdict, mentions, reason(g));
    }

    /** Conflicts first, then compatible, then agree; inside a verdict by first article and offset. */
    private static List<Fact> number(List<FactDraft> drafts, List<String> ids) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.putIfAbsent(ids.get(i), i);
        }
        List<FactDraft> sorted = drafts.stream()
                .filter(d -> !d.mentions().isEmpty())
                .sorted(Comparator.comparingInt((FactDraft d) -> d.verdict().ordinal())
                        .thenComparingLong(d -> d.firstPosition(order)))
                .toList();
        List<Fact> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(sorted.get(i).toFact("f" + (i + 1), order));
        }
        return out;
    }
}
