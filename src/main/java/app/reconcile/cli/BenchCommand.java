package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.core.analysis.bench.HostileCorpus;
import app.reconcile.core.analysis.bench.SyntheticCorpus;
import app.reconcile.io.AtomicFileWriter;
import app.reconcile.io.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Headless benchmark: analyses synthetic corpora of growing size built from the seed articles, or pairs of
 * one-line articles of growing length; writes those inputs, and projects of hostile size for timing
 * {@code export}, as files (docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the analysis engine on synthetic corpora of N articles (~700 words) built from seed texts.")
public final class BenchCommand implements Callable<Integer> {
    private static final int WORDS_PER_ARTICLE = 700;
    private static final long RANDOM_SEED = 20250807L;
    /**
     * The largest corpus: 400 articles take about 3 s and 210 MB of heap, so 2,000 stay within a default heap
     * and a coffee break; 2147483647 used to end in an OutOfMemoryError trace.
     */
    static final int MAX_ARTICLES = 2_000;

    @Option(names = "--sizes", split = ",", defaultValue = "5,50,200,400",
            description = "Corpus sizes in articles, comma-separated, each from 1 to " + MAX_ARTICLES
                    + " (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--seeds", defaultValue = "seeds", description = "Folder of seed .txt articles (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Write one synthetic corpus as .txt files into DIR (created if missing) and stop, "
                    + "to time other tools on the same articles.")
    Path writeCorpus;

    @Option(names = "--size", defaultValue = "100",
            description = "Articles in the corpus written by --write-corpus, from 1 to " + MAX_ARTICLES
                    + " (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--one-line", split = ",", paramLabel = "CHARS",
            description = "Time pairs of one-line articles of these lengths in characters instead of the corpora "
                    + "of --sizes (each line is one sentence with a number every 25 characters or so).")
    List<Integer> oneLine = new ArrayList<>();

    @Option(names = "--write-one-line", paramLabel = "DIR",
            description = "Write one pair of one-line articles of --chars characters as one-line-a.txt and "
                    + "one-line-b.txt into DIR (created if missing) and stop.")
    Path writeOneLine;

    @Option(names = "--chars",
            description = "Length of each one-line article written by --write-one-line (default: 5000000) or "
                    + "--write-project.")
    Integer chars;

    @Option(names = "--write-project", paramLabel = "FILE",
            description = "Write a project of --articles synthetic articles and --facts facts (two mentions each, "
                    + "some resolved) to FILE and stop, to time export on it; with --chars, of the two one-line "
                    + "articles of --write-one-line instead.")
    Path writeProject;

    @Option(names = "--articles", defaultValue = "5000",
            description = "Articles in the project written by --write-project (default: ${DEFAULT-VALUE}).")
    int articleCount;

    @Option(names = "--facts", defaultValue = "50000",
            description = "Facts in the project written by --write-project (default: ${DEFAULT-VALUE}).")
    int factCount;

    @Option(names = "--words", defaultValue = "150",
            description = "Words per article of the project written by --write-project (default: ${DEFAULT-VALUE}).")
    int words;

    /** The largest article the importer takes (5 MiB), and so the longest one-line article worth timing. */
    private static final int MAX_CHARS = 5 * 1024 * 1024;
    private static final int DEFAULT_CHARS = 5_000_000;
    private static final int MAX_PROJECT_ARTICLES = 100_000;
    private static final int MAX_PROJECT_FACTS = 1_000_000;
    private static final int MAX_WORDS = 10_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkSizes();
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts;
        try {
            texts = readSeeds(seeds);
        } catch (IOException | IllegalArgumentException e) {
            err().println(Terminal.line("reconcile: bench: cannot read seed articles from " + seeds + ": "
                    + e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        SyntheticCorpus corpus = new SyntheticCorpus(texts, RANDOM_SEED);
        HostileCorpus hostile = new HostileCorpus(RANDOM_SEED);
        if (writeCorpus != null) {
            return write(corpus.articles(size, WORDS_PER_ARTICLE), out);
        }
        if (chars != null && (chars < 1 || chars > MAX_CHARS)) {
            err().println("reconcile: bench: --chars must be between 1 and " + MAX_CHARS);
            return ExitCodes.USAGE;
        }
        if (writeOneLine != null) {
            return writeArticles(writeOneLine, hostile.oneLinePair(chars == null ? DEFAULT_CHARS : chars), out);
        }
        if (writeProject != null) {
            return writeProject(hostile, texts, out);
        }
        if (oneLine.stream().anyMatch(c -> c < 1 || c > MAX_CHARS)) {
            err().println("reconcile: bench: each --one-line length must be between 1 and " + MAX_CHARS);
            return ExitCodes.USAGE;
        }
        boolean lines = !oneLine.isEmpty();
        out.printf("%8s %8s %7s %9s %8s %8s %9s %9s%n", lines ? "chars" : "N", "words", "facts", "conflicts",
                "wall ms", "cpu ms", "peak MB", "used MB");
        for (int n : lines ? oneLine : sizes) {
            List<Article> articles = lines ? hostile.oneLinePair(n) : corpus.articles(n, WORDS_PER_ARTICLE);
            long wordCount = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
            System.gc();
            resetPeaks();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<Fact> facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (processCpuNanos() - cpu0) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
            out.printf("%8d %8d %7d %9d %8d %8d %9d %9d%n", n, wordCount, facts.size(),
                    facts.stream().filter(Fact::isConflict).count(), ms, cpuMs, peakHeapMb(), used);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Before any work: a usage error (exit 2) names the option and the allowed range. */
    private void checkSizes() {
        for (int n : sizes) {
            if (n < 1 || n > MAX_ARTICLES) {
                throw new ParameterException(spec.commandLine(), "--sizes: " + n + " is not a corpus size; each size "
                        + "must be from 1 to " + MAX_ARTICLES + " articles");
            }
        }
        if (writeCorpus != null && (size < 1 || size > MAX_ARTICLES)) {
            throw new ParameterException(spec.commandLine(), "--size: " + size + " is not a corpus size; it must be "
                    + "from 1 to " + MAX_ARTICLES + " articles");
        }
    }

    /** Writes the one-line articles under their source names into {@code dir}. */
    private int writeArticles(Path dir, List<Article> articles, PrintWriter out) {
        try {
            Files.createDirectories(dir);
            for (Article a : articles) {
                Files.writeString(dir.resolve(a.source()), a.text() + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err().println("reconcile: bench: cannot write the articles to " + dir + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.printf("wrote %d articles of %d characters to %s%n", articles.size(), articles.get(0).text().length(), dir);
        out.flush();
        return ExitCodes.OK;
    }

    private int writeProject(HostileCorpus hostile, List<String> seedTexts, PrintWriter out) {
        if (articleCount < 2 || articleCount > MAX_PROJECT_ARTICLES || factCount < 0 || factCount > MAX_PROJECT_FACTS
                || words < 1 || words > MAX_WORDS) {
            err().printf("reconcile: bench: --articles must be between 2 and %d, --facts between 0 and %d, "
                    + "--words between 1 and %d%n", MAX_PROJECT_ARTICLES, MAX_PROJECT_FACTS, MAX_WORDS);
            return ExitCodes.USAGE;
        }
        try {
            new ProjectFiles().save(chars != null ? hostile.project(hostile.oneLinePair(chars), factCount)
                    : hostile.project(seedTexts, articleCount, words, factCount), writeProject);
        } catch (IOException e) {
            err().println("reconcile: bench: cannot write the project to " + writeProject + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.printf("wrote a project of %d articles and %d facts to %s%n", chars != null ? 2 : articleCount, factCount,
                writeProject);
        out.flush();
        return ExitCodes.OK;
    }

    /** Writes the articles as art_000.txt, art_001.txt, ... into {@link #writeCorpus}; existing files are kept. */
    private int write(List<Article> articles, PrintWriter out) {
        try {
            Files.createDirectories(writeCorpus);
            // through the atomic writer like every other file the CLI writes: only ever a regular file
            AtomicFileWriter writer = new AtomicFileWriter();
            for (int i = 0; i < articles.size(); i++) {
                byte[] text = articles.get(i).text().getBytes(StandardCharsets.UTF_8);
                writer.write(writeCorpus.resolve(String.format("art_%03d.txt", i)), file -> file.write(text));
            }
        } catch (IOException e) {
            err().println(Terminal.line("reconcile: bench: cannot write the corpus to " + writeCorpus + ": "
                    + e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        out.println(Terminal.line("wrote " + articles.size() + " articles to " + writeCorpus));
        out.flush();
        return ExitCodes.OK;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static List<String> readSeeds(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no .txt files");
            }
            return texts;
        }
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM does not report it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
